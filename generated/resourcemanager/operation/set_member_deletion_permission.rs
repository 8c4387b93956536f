/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "SetMemberDeletionPermission",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "Status",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"ManagementAccountId\":\"151266687691****\",\"MemberDeletionStatus\":\"Enabled\",\"RequestId\":\"C55A4CAA-9039-1DDF-91CE-FCC134513D29\",\"ResourceDirectoryId\":\"rd-3G****\"}",
};
/// Input of [`SetMemberDeletionPermission`](super::super::Client::set_member_deletion_permission).
#[derive(Clone, Default, PartialEq)]
pub struct SetMemberDeletionPermissionRequest {
    /// 开启或关闭成员删除许可。取值：
    ///
    /// - Enabled：开启。
    /// - Disabled：关闭。
    ///
    /// Wire name `Status`; required. Example: `Enabled`.
    pub status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetMemberDeletionPermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetMemberDeletionPermissionRequest")
            .field("status", &self.status)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for SetMemberDeletionPermissionRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("Status", &self.status);
    }
}
/// Builds and sends a [`SetMemberDeletionPermissionRequest`] request; get one from [`Client::set_member_deletion_permission`](super::super::Client::set_member_deletion_permission).
#[derive(Clone, Debug)]
pub struct SetMemberDeletionPermissionFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: SetMemberDeletionPermissionRequest,
    options: ::alibabacloud::CallOptions,
}
impl SetMemberDeletionPermissionFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        SetMemberDeletionPermissionFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &SetMemberDeletionPermissionRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: SetMemberDeletionPermissionRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 开启或关闭成员删除许可。取值：
    ///
    /// - Enabled：开启。
    /// - Disabled：关闭。
    ///
    /// Wire name `Status`; required. Example: `Enabled`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.status = Some(value.into());
        self
    }
    ///Sets or clears `Status`.
    pub fn set_status(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.status = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        SetMemberDeletionPermissionResponse,
        ::alibabacloud::Error<SetMemberDeletionPermissionError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl SetMemberDeletionPermissionResponse {}
/// 返回结果。
///
/// Output of [`SetMemberDeletionPermission`](super::super::Client::set_member_deletion_permission).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct SetMemberDeletionPermissionResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C55A4CAA-9039-1DDF-91CE-FCC134513D29`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 成员删除许可状态。取值：
    ///
    /// - Enabled：已开启。
    /// - Disabled：已关闭。
    ///
    /// Wire name `MemberDeletionStatus`. Example: `Enabled`.
    #[serde(rename = "MemberDeletionStatus", skip_serializing_if = "Option::is_none")]
    pub member_deletion_status: ::std::option::Option<::std::string::String>,
    /// 资源目录的管理账号ID。
    ///
    /// Wire name `ManagementAccountId`. Example: `151266687691****`.
    #[serde(rename = "ManagementAccountId", skip_serializing_if = "Option::is_none")]
    pub management_account_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-3G****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetMemberDeletionPermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetMemberDeletionPermissionResponse")
            .field("request_id", &self.request_id)
            .field("member_deletion_status", &self.member_deletion_status)
            .field("management_account_id", &self.management_account_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .finish()
    }
}
/// The errors [`SetMemberDeletionPermission`](super::super::Client::set_member_deletion_permission) documents, plus [`Unhandled`](SetMemberDeletionPermissionError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetMemberDeletionPermissionError {
    /// HTTP 400 `InvalidParameter.Status`: The specified Status is invalid.
    InvalidParameterStatus(::alibabacloud::ServiceError),
    /// HTTP 403 `MemberAccountAccessDenied`: The member account is not allowed to perform the operation.
    MemberAccountAccessDenied(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for SetMemberDeletionPermissionError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.Status" => {
                SetMemberDeletionPermissionError::InvalidParameterStatus(error)
            }
            "MemberAccountAccessDenied" => {
                SetMemberDeletionPermissionError::MemberAccountAccessDenied(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                SetMemberDeletionPermissionError::EntityNotExistsResourceDirectory(error)
            }
            _ => SetMemberDeletionPermissionError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            SetMemberDeletionPermissionError::InvalidParameterStatus(error)
            | SetMemberDeletionPermissionError::MemberAccountAccessDenied(error)
            | SetMemberDeletionPermissionError::EntityNotExistsResourceDirectory(error)
            | SetMemberDeletionPermissionError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for SetMemberDeletionPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for SetMemberDeletionPermissionError {}
