/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteServiceLinkedRole",
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
    example_response: "{\"DeletionTaskId\":\"task/acs-service-role/polardb.aliyuncs.com/AliyunServiceRoleForPolarDB/64c4f9cc-fac2-4692-ae1b-804ae4b9****\",\"RequestId\":\"B595E5BF-FF5F-4E7F-B95A-B90FE242FEB6\"}",
};
/// Input of [`DeleteServiceLinkedRole`](super::super::Client::delete_service_linked_role).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteServiceLinkedRoleRequest {
    /// 角色名称。
    ///
    /// Wire name `RoleName`; required. Example: `AliyunServiceRoleForPolarDB`.
    pub role_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteServiceLinkedRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteServiceLinkedRoleRequest")
            .field("role_name", &self.role_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteServiceLinkedRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RoleName", &self.role_name);
    }
}
/// Builds and sends a [`DeleteServiceLinkedRoleRequest`] request; get one from [`Client::delete_service_linked_role`](super::super::Client::delete_service_linked_role).
#[derive(Clone, Debug)]
pub struct DeleteServiceLinkedRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteServiceLinkedRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteServiceLinkedRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteServiceLinkedRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteServiceLinkedRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteServiceLinkedRoleRequest) -> Self {
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
    /// Wire name `RoleName`; required. Example: `AliyunServiceRoleForPolarDB`.
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
        DeleteServiceLinkedRoleResponse,
        ::alibabacloud::Error<DeleteServiceLinkedRoleError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteServiceLinkedRoleResponse {}
/// Output of [`DeleteServiceLinkedRole`](super::super::Client::delete_service_linked_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteServiceLinkedRoleResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `B595E5BF-FF5F-4E7F-B95A-B90FE242FEB6`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 删除任务ID。
    ///
    /// Wire name `DeletionTaskId`. Example: `task/acs-service-role/polardb.aliyuncs.com/AliyunServiceRoleForPolarDB/64c4f9cc-fac2-4692-ae1b-804ae4b9****`.
    #[serde(rename = "DeletionTaskId", skip_serializing_if = "Option::is_none")]
    pub deletion_task_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteServiceLinkedRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteServiceLinkedRoleResponse")
            .field("request_id", &self.request_id)
            .field("deletion_task_id", &self.deletion_task_id)
            .finish()
    }
}
/// The errors [`DeleteServiceLinkedRole`](super::super::Client::delete_service_linked_role) documents, plus [`Unhandled`](DeleteServiceLinkedRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServiceLinkedRoleError {
    /// HTTP 404 `EntityNotExist.Role`: The role does not exist.
    EntityNotExistRole(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.ServiceLinkedRole`: This role exists but is not a Service Linked Role.
    EntityNotExistServiceLinkedRole(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteServiceLinkedRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExist.Role" => {
                DeleteServiceLinkedRoleError::EntityNotExistRole(error)
            }
            "EntityNotExist.ServiceLinkedRole" => {
                DeleteServiceLinkedRoleError::EntityNotExistServiceLinkedRole(error)
            }
            _ => DeleteServiceLinkedRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteServiceLinkedRoleError::EntityNotExistRole(error)
            | DeleteServiceLinkedRoleError::EntityNotExistServiceLinkedRole(error)
            | DeleteServiceLinkedRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteServiceLinkedRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteServiceLinkedRoleError {}
