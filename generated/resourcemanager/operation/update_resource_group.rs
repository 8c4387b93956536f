/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UpdateResourceGroup",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewDisplayName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"ResourceGroup\":{\"AccountId\":\"123456789****\",\"CreateDate\":\"2015-01-23T12:33:18+08:00\",\"DisplayName\":\"project\",\"Id\":\"rg-9gLOoK****\",\"Name\":\"my-project\"}}",
};
/// Input of [`UpdateResourceGroup`](super::super::Client::update_resource_group).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateResourceGroupRequest {
    /// 资源组ID。
    ///
    /// 您可以调用\[ListResourceGroups\](~~158855~~)获取资源组ID。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-9gLOoK****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 资源组显示名称。
    ///
    /// 长度为1~50个字符或汉字。
    ///
    /// Wire name `NewDisplayName`; required. Example: `project`.
    pub new_display_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateResourceGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateResourceGroupRequest")
            .field("resource_group_id", &self.resource_group_id)
            .field("new_display_name", &self.new_display_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UpdateResourceGroupRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("NewDisplayName", &self.new_display_name);
    }
}
/// Builds and sends a [`UpdateResourceGroupRequest`] request; get one from [`Client::update_resource_group`](super::super::Client::update_resource_group).
#[derive(Clone, Debug)]
pub struct UpdateResourceGroupFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UpdateResourceGroupRequest,
    options: ::alibabacloud::CallOptions,
}
impl UpdateResourceGroupFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UpdateResourceGroupFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UpdateResourceGroupRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UpdateResourceGroupRequest) -> Self {
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
    /// 您可以调用\[ListResourceGroups\](~~158855~~)获取资源组ID。
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
    /// 资源组显示名称。
    ///
    /// 长度为1~50个字符或汉字。
    ///
    /// Wire name `NewDisplayName`; required. Example: `project`.
    pub fn new_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_display_name = Some(value.into());
        self
    }
    ///Sets or clears `NewDisplayName`.
    pub fn set_new_display_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_display_name = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        UpdateResourceGroupResponse,
        ::alibabacloud::Error<UpdateResourceGroupError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UpdateResourceGroupResponse {}
/// 返回结果。
///
/// Output of [`UpdateResourceGroup`](super::super::Client::update_resource_group).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UpdateResourceGroupResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `04F0F334-1335-436C-A1D7-6C044FE73368`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 资源组信息。
    ///
    /// Wire name `ResourceGroup`.
    #[serde(rename = "ResourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: ::std::option::Option<ResourceGroup>,
}
impl ::std::fmt::Debug for UpdateResourceGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateResourceGroupResponse")
            .field("request_id", &self.request_id)
            .field("resource_group", &self.resource_group)
            .finish()
    }
}
/// The errors [`UpdateResourceGroup`](super::super::Client::update_resource_group) documents, plus [`Unhandled`](UpdateResourceGroupError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateResourceGroupError {
    /// HTTP 400 `InvalidParameter.ResourceGroupId`: The ResourceGroupId is invalid.
    InvalidParameterResourceGroupId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DisplayName`: The DisplayName is invalid.
    InvalidParameterDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.DisplayName`: You must specify DisplayName.
    MissingParameterDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DisplayName.Length`: The maximum length of DisplayName is exceeded.
    InvalidParameterDisplayNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceGroup`: The specified resource group does not exist. You must first create a resource group.
    EntityNotExistsResourceGroup(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for UpdateResourceGroupError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ResourceGroupId" => {
                UpdateResourceGroupError::InvalidParameterResourceGroupId(error)
            }
            "InvalidParameter.DisplayName" => {
                UpdateResourceGroupError::InvalidParameterDisplayName(error)
            }
            "MissingParameter.DisplayName" => {
                UpdateResourceGroupError::MissingParameterDisplayName(error)
            }
            "InvalidParameter.DisplayName.Length" => {
                UpdateResourceGroupError::InvalidParameterDisplayNameLength(error)
            }
            "EntityNotExists.ResourceGroup" => {
                UpdateResourceGroupError::EntityNotExistsResourceGroup(error)
            }
            _ => UpdateResourceGroupError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UpdateResourceGroupError::InvalidParameterResourceGroupId(error)
            | UpdateResourceGroupError::InvalidParameterDisplayName(error)
            | UpdateResourceGroupError::MissingParameterDisplayName(error)
            | UpdateResourceGroupError::InvalidParameterDisplayNameLength(error)
            | UpdateResourceGroupError::EntityNotExistsResourceGroup(error)
            | UpdateResourceGroupError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UpdateResourceGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UpdateResourceGroupError {}
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
    /// Wire name `DisplayName`. Example: `project`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
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
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18+08:00`.
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
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "Name", &self.name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Id", &self.id);
    }
}
