/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DestroyResourceDirectory",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`DestroyResourceDirectory`](super::super::Client::destroy_resource_directory).
#[derive(Clone, Default, PartialEq)]
pub struct DestroyResourceDirectoryRequest {}
impl ::std::fmt::Debug for DestroyResourceDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DestroyResourceDirectoryRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DestroyResourceDirectoryRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`DestroyResourceDirectoryRequest`] request; get one from [`Client::destroy_resource_directory`](super::super::Client::destroy_resource_directory).
#[derive(Clone, Debug)]
pub struct DestroyResourceDirectoryFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DestroyResourceDirectoryRequest,
    options: ::alibabacloud::CallOptions,
}
impl DestroyResourceDirectoryFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DestroyResourceDirectoryFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DestroyResourceDirectoryRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DestroyResourceDirectoryRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DestroyResourceDirectoryResponse,
        ::alibabacloud::Error<DestroyResourceDirectoryError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DestroyResourceDirectoryResponse {}
/// Output of [`DestroyResourceDirectory`](super::super::Client::destroy_resource_directory).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DestroyResourceDirectoryResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DestroyResourceDirectoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DestroyResourceDirectoryResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DestroyResourceDirectory`](super::super::Client::destroy_resource_directory) documents, plus [`Unhandled`](DestroyResourceDirectoryError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DestroyResourceDirectoryError {
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.ResourceDirectory.Account`: Failed to delete the resource directory because one or more member accounts exist. We recommend that you first remove these member accounts.
    DeleteConflictResourceDirectoryAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DestroyResourceDirectoryError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.ResourceDirectory" => {
                DestroyResourceDirectoryError::EntityNotExistsResourceDirectory(error)
            }
            "DeleteConflict.ResourceDirectory.Account" => {
                DestroyResourceDirectoryError::DeleteConflictResourceDirectoryAccount(
                    error,
                )
            }
            _ => DestroyResourceDirectoryError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DestroyResourceDirectoryError::EntityNotExistsResourceDirectory(error)
            | DestroyResourceDirectoryError::DeleteConflictResourceDirectoryAccount(
                error,
            )
            | DestroyResourceDirectoryError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DestroyResourceDirectoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DestroyResourceDirectoryError {}
