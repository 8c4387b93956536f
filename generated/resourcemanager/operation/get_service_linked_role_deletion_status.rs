/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetServiceLinkedRoleDeletionStatus",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "DeletionTaskId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Reason\":{\"Message\":\"Service-Linked Role acs:ram::196813227629****:role/aliyunserviceroleforhdr cannot be deleted as it is in use by hdr.aliyuncs.com.\",\"RoleUsages\":{\"RoleUsage\":[{\"Region\":\"global\",\"Resources\":{\"Resource\":[\"acs:hdr::196813227629****:sitepair/s-000h0y6kld0zwk8l****\"]}}]}},\"RequestId\":\"07194EB1-DB50-4513-A51D-99B30D635AEF\",\"Status\":\"FAILED\"}",
};
/// Input of [`GetServiceLinkedRoleDeletionStatus`](super::super::Client::get_service_linked_role_deletion_status).
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    /// 删除任务ID。
    ///
    /// Wire name `DeletionTaskId`. Example: `task/acs-service-role/hdr.aliyuncs.com/AliyunServiceRoleForHdr/c4d22c52-247f-4ee1-83a2-6c0460bd****`.
    pub deletion_task_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetServiceLinkedRoleDeletionStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetServiceLinkedRoleDeletionStatusRequest")
            .field("deletion_task_id", &self.deletion_task_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams
for GetServiceLinkedRoleDeletionStatusRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("DeletionTaskId", &self.deletion_task_id);
    }
}
/// Builds and sends a [`GetServiceLinkedRoleDeletionStatusRequest`] request; get one from [`Client::get_service_linked_role_deletion_status`](super::super::Client::get_service_linked_role_deletion_status).
#[derive(Clone, Debug)]
pub struct GetServiceLinkedRoleDeletionStatusFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetServiceLinkedRoleDeletionStatusRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetServiceLinkedRoleDeletionStatusFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetServiceLinkedRoleDeletionStatusFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetServiceLinkedRoleDeletionStatusRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(
        mut self,
        request: GetServiceLinkedRoleDeletionStatusRequest,
    ) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 删除任务ID。
    ///
    /// Wire name `DeletionTaskId`. Example: `task/acs-service-role/hdr.aliyuncs.com/AliyunServiceRoleForHdr/c4d22c52-247f-4ee1-83a2-6c0460bd****`.
    pub fn deletion_task_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.deletion_task_id = Some(value.into());
        self
    }
    ///Sets or clears `DeletionTaskId`.
    pub fn set_deletion_task_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.deletion_task_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        GetServiceLinkedRoleDeletionStatusResponse,
        ::alibabacloud::Error<GetServiceLinkedRoleDeletionStatusError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetServiceLinkedRoleDeletionStatusResponse {}
/// Output of [`GetServiceLinkedRoleDeletionStatus`](super::super::Client::get_service_linked_role_deletion_status).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    /// 任务状态。
    ///
    /// - SUCCEEDED：删除成功。
    /// - IN_PROGRESS：正在删除中。
    /// - FAILED：删除失败。
    /// - NOT_STARTED：删除未开始。
    /// - INTERNAL_ERROR：内部异常错误。
    ///
    /// Wire name `Status`. Example: `FAILED`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `07194EB1-DB50-4513-A51D-99B30D635AEF`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 删除任务失败的原因。
    ///
    /// Wire name `Reason`.
    #[serde(rename = "Reason", skip_serializing_if = "Option::is_none")]
    pub reason: ::std::option::Option<Reason>,
}
impl ::std::fmt::Debug for GetServiceLinkedRoleDeletionStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetServiceLinkedRoleDeletionStatusResponse")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("reason", &self.reason)
            .finish()
    }
}
/// The errors [`GetServiceLinkedRoleDeletionStatus`](super::super::Client::get_service_linked_role_deletion_status) documents, plus [`Unhandled`](GetServiceLinkedRoleDeletionStatusError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLinkedRoleDeletionStatusError {
    /// HTTP 400 `InvalidParameter.DeletionTaskId`: The DeletionTaskId is invalid.
    InvalidParameterDeletionTaskId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DeletionTaskId.Length`: The length of DeletionTaskId must be between 26 and 255 characters.
    InvalidParameterDeletionTaskIdLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.ServiceLinkedRole.DeletionTask`: The deletion task for the given ID does not exist.
    EntityNotExistServiceLinkedRoleDeletionTask(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for GetServiceLinkedRoleDeletionStatusError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.DeletionTaskId" => {
                GetServiceLinkedRoleDeletionStatusError::InvalidParameterDeletionTaskId(
                    error,
                )
            }
            "InvalidParameter.DeletionTaskId.Length" => {
                GetServiceLinkedRoleDeletionStatusError::InvalidParameterDeletionTaskIdLength(
                    error,
                )
            }
            "EntityNotExist.ServiceLinkedRole.DeletionTask" => {
                GetServiceLinkedRoleDeletionStatusError::EntityNotExistServiceLinkedRoleDeletionTask(
                    error,
                )
            }
            _ => GetServiceLinkedRoleDeletionStatusError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetServiceLinkedRoleDeletionStatusError::InvalidParameterDeletionTaskId(
                error,
            )
            | GetServiceLinkedRoleDeletionStatusError::InvalidParameterDeletionTaskIdLength(
                error,
            )
            | GetServiceLinkedRoleDeletionStatusError::EntityNotExistServiceLinkedRoleDeletionTask(
                error,
            )
            | GetServiceLinkedRoleDeletionStatusError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetServiceLinkedRoleDeletionStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetServiceLinkedRoleDeletionStatusError {}
impl Resources {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[::std::string::String] {
        self.resource.as_deref().unwrap_or_default()
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
pub struct Resources {
    /// 资源列表。
    ///
    /// Wire name `Resource`.
    #[serde(rename = "Resource", skip_serializing_if = "Option::is_none")]
    pub resource: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Resources").field("resource", &self.resource).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Resources {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Resource", &self.resource);
    }
}
/// 使用服务关联角色的资源信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RoleUsage {
    /// 地域。
    ///
    /// Wire name `Region`. Example: `global`.
    #[serde(rename = "Region", skip_serializing_if = "Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    /// Wire name `Resources`.
    #[serde(rename = "Resources", skip_serializing_if = "Option::is_none")]
    pub resources: ::std::option::Option<Resources>,
}
impl ::std::fmt::Debug for RoleUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoleUsage")
            .field("region", &self.region)
            .field("resources", &self.resources)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RoleUsage {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Region", &self.region);
        writer.put_field(key, "Resources", &self.resources);
    }
}
impl RoleUsages {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[RoleUsage] {
        self.role_usage.as_deref().unwrap_or_default()
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
pub struct RoleUsages {
    /// 使用服务关联角色的资源信息。
    ///
    /// Wire name `RoleUsage`.
    #[serde(rename = "RoleUsage", skip_serializing_if = "Option::is_none")]
    pub role_usage: ::std::option::Option<::std::vec::Vec<RoleUsage>>,
}
impl ::std::fmt::Debug for RoleUsages {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoleUsages").field("role_usage", &self.role_usage).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RoleUsages {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "RoleUsage", &self.role_usage);
    }
}
/// 删除任务失败的原因。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Reason {
    /// 失败信息。
    ///
    /// Wire name `Message`. Example: `Service-Linked Role acs:ram::196813227629****:role/aliyunserviceroleforhdr cannot be deleted as it is in use by hdr.aliyuncs.com.`.
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Wire name `RoleUsages`.
    #[serde(rename = "RoleUsages", skip_serializing_if = "Option::is_none")]
    pub role_usages: ::std::option::Option<RoleUsages>,
}
impl ::std::fmt::Debug for Reason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Reason")
            .field("message", &self.message)
            .field("role_usages", &self.role_usages)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Reason {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Message", &self.message);
        writer.put_field(key, "RoleUsages", &self.role_usages);
    }
}
