/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteRole",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "RoleName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"898FAB24-7509-43EE-A287-086FE4C44394\"}",
};
/// Input of [`DeleteRole`](super::super::Client::delete_role).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRoleRequest {
    /// 角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、点号（.）和短横线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub role_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRoleRequest").field("role_name", &self.role_name).finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RoleName", &self.role_name);
    }
}
/// Builds and sends a [`DeleteRoleRequest`] request; get one from [`Client::delete_role`](super::super::Client::delete_role).
#[derive(Clone, Debug)]
pub struct DeleteRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteRoleRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、点号（.）和短横线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub fn role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.role_name = Some(value.into());
        self
    }
    ///Sets or clears `RoleName`.
    pub fn set_role_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.role_name = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeleteRoleResponse,
        ::alibabacloud::Error<DeleteRoleError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteRoleResponse {}
/// Output of [`DeleteRole`](super::super::Client::delete_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteRoleResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `898FAB24-7509-43EE-A287-086FE4C44394`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRoleResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeleteRole`](super::super::Client::delete_role) documents, plus [`Unhandled`](DeleteRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRoleError {
    /// HTTP 400 `InvalidParameter.RoleName.InvalidChars`: The specified role name contains invalid characters.
    InvalidParameterRoleNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.RoleName.Length`: The maximum length of the role name is exceeded.
    InvalidParameterRoleNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Role`: The role does not exist.
    EntityNotExistRole(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Role.Policy`: The role cannot have any attached policies when you delete it.
    DeleteConflictRolePolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.RoleName.InvalidChars" => {
                DeleteRoleError::InvalidParameterRoleNameInvalidChars(error)
            }
            "InvalidParameter.RoleName.Length" => {
                DeleteRoleError::InvalidParameterRoleNameLength(error)
            }
            "EntityNotExist.Role" => DeleteRoleError::EntityNotExistRole(error),
            "DeleteConflict.Role.Policy" => {
                DeleteRoleError::DeleteConflictRolePolicy(error)
            }
            _ => DeleteRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteRoleError::InvalidParameterRoleNameInvalidChars(error)
            | DeleteRoleError::InvalidParameterRoleNameLength(error)
            | DeleteRoleError::EntityNotExistRole(error)
            | DeleteRoleError::DeleteConflictRolePolicy(error)
            | DeleteRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteRoleError {}
