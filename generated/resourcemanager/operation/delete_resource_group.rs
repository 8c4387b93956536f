/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteResourceGroup",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"1C488B66-B819-4D14-8711-C4EAAA13AC01\",\"ResourceGroup\":{\"AccountId\":\"123456789****\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"DisplayName\":\"my-project\",\"Id\":\"rg-9gLOoK****\",\"Name\":\"my-project\",\"RegionStatuses\":{\"RegionStatus\":[{\"RegionId\":\"cn-qingdao\",\"Status\":\"PendingDelete\"}]},\"Status\":\"PendingDelete\"}}",
};
/// Input of [`DeleteResourceGroup`](super::super::Client::delete_resource_group).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourceGroupRequest {
    /// 资源组ID。
    ///
    /// 您可以调用\[ListResourceGroups\](~~158855~~)查询资源组ID。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-9gLOoK****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourceGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourceGroupRequest")
            .field("resource_group_id", &self.resource_group_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteResourceGroupRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
    }
}
/// Builds and sends a [`DeleteResourceGroupRequest`] request; get one from [`Client::delete_resource_group`](super::super::Client::delete_resource_group).
#[derive(Clone, Debug)]
pub struct DeleteResourceGroupFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteResourceGroupRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteResourceGroupFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteResourceGroupFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteResourceGroupRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteResourceGroupRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组ID。
    ///
    /// 您可以调用\[ListResourceGroups\](~~158855~~)查询资源组ID。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-9gLOoK****`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }
    ///Sets or clears `ResourceGroupId`.
    pub fn set_resource_group_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeleteResourceGroupResponse,
        ::alibabacloud::Error<DeleteResourceGroupError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteResourceGroupResponse {}
/// 返回结果
///
/// Output of [`DeleteResourceGroup`](super::super::Client::delete_resource_group).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteResourceGroupResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `1C488B66-B819-4D14-8711-C4EAAA13AC01`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 资源组信息。
    ///
    /// Wire name `ResourceGroup`.
    #[serde(rename = "ResourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: ::std::option::Option<ResourceGroup>,
}
impl ::std::fmt::Debug for DeleteResourceGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourceGroupResponse")
            .field("request_id", &self.request_id)
            .field("resource_group", &self.resource_group)
            .finish()
    }
}
/// The errors [`DeleteResourceGroup`](super::super::Client::delete_resource_group) documents, plus [`Unhandled`](DeleteResourceGroupError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourceGroupError {
    /// HTTP 400 `InvalidParameter.ResourceGroupId`: The ResourceGroupId is invalid.
    InvalidParameterResourceGroupId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceGroup`: The specified resource group does not exist. You must first create a resource group.
    EntityNotExistsResourceGroup(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.ResourceGroup.Resource`: Failed to delete the resource group because one or more cloud resources exist in the resource group. Try again later after you release the cloud resources.
    DeleteConflictResourceGroupResource(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteResourceGroupError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ResourceGroupId" => {
                DeleteResourceGroupError::InvalidParameterResourceGroupId(error)
            }
            "EntityNotExists.ResourceGroup" => {
                DeleteResourceGroupError::EntityNotExistsResourceGroup(error)
            }
            "DeleteConflict.ResourceGroup.Resource" => {
                DeleteResourceGroupError::DeleteConflictResourceGroupResource(error)
            }
            _ => DeleteResourceGroupError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteResourceGroupError::InvalidParameterResourceGroupId(error)
            | DeleteResourceGroupError::EntityNotExistsResourceGroup(error)
            | DeleteResourceGroupError::DeleteConflictResourceGroupResource(error)
            | DeleteResourceGroupError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteResourceGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteResourceGroupError {}
/// 各个地域的资源组状态。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RegionStatus {
    /// 资源组状态。取值：
    ///
    /// - Creating：创建中。
    /// - OK：创建成功。
    /// - PendingDelete：等待删除。
    /// - Deleting：删除中。
    ///
    /// Wire name `Status`. Example: `PendingDelete`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 地域ID。
    ///
    /// Wire name `RegionId`. Example: `cn-qingdao`.
    #[serde(rename = "RegionId", skip_serializing_if = "Option::is_none")]
    pub region_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RegionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegionStatus")
            .field("status", &self.status)
            .field("region_id", &self.region_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RegionStatus {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "RegionId", &self.region_id);
    }
}
impl RegionStatuses {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[RegionStatus] {
        self.region_status.as_deref().unwrap_or_default()
    }
}
/// A structure the service defines.
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RegionStatuses {
    /// 各个地域的资源组状态。
    ///
    /// Wire name `RegionStatus`.
    #[serde(rename = "RegionStatus", skip_serializing_if = "Option::is_none")]
    pub region_status: ::std::option::Option<::std::vec::Vec<RegionStatus>>,
}
impl ::std::fmt::Debug for RegionStatuses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegionStatuses")
            .field("region_status", &self.region_status)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RegionStatuses {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "RegionStatus", &self.region_status);
    }
}
/// 资源组信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ResourceGroup {
    /// 资源组显示名称。
    ///
    /// Wire name `DisplayName`. Example: `my-project`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源组状态。取值：
    ///
    /// - Creating：创建中。
    /// - OK：创建成功。
    /// - PendingDelete：等待删除。
    ///
    /// Wire name `Status`. Example: `PendingDelete`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Wire name `RegionStatuses`.
    #[serde(rename = "RegionStatuses", skip_serializing_if = "Option::is_none")]
    pub region_statuses: ::std::option::Option<RegionStatuses>,
    /// 资源组所属的阿里云账号ID。
    ///
    /// Wire name `AccountId`. Example: `123456789****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 资源组唯一标识。
    ///
    /// Wire name `Name`. Example: `my-project`.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// 资源组创建时间（UTC时间）。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 资源组ID。
    ///
    /// Wire name `Id`. Example: `rg-9gLOoK****`.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceGroup")
            .field("display_name", &self.display_name)
            .field("status", &self.status)
            .field("region_statuses", &self.region_statuses)
            .field("account_id", &self.account_id)
            .field("name", &self.name)
            .field("create_date", &self.create_date)
            .field("id", &self.id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceGroup {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DisplayName", &self.display_name);
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "RegionStatuses", &self.region_statuses);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "Name", &self.name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Id", &self.id);
    }
}
