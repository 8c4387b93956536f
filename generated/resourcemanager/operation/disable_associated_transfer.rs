/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DisableAssociatedTransfer",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"RequestId\":\"7CE0AE54-6F27-5522-A429-4C5EE8FD40C8\"}",
};
/// Input of [`DisableAssociatedTransfer`](super::super::Client::disable_associated_transfer).
#[derive(Clone, Default, PartialEq)]
pub struct DisableAssociatedTransferRequest {}
impl ::std::fmt::Debug for DisableAssociatedTransferRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisableAssociatedTransferRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DisableAssociatedTransferRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`DisableAssociatedTransferRequest`] request; get one from [`Client::disable_associated_transfer`](super::super::Client::disable_associated_transfer).
#[derive(Clone, Debug)]
pub struct DisableAssociatedTransferFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DisableAssociatedTransferRequest,
    options: ::alibabacloud::CallOptions,
}
impl DisableAssociatedTransferFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DisableAssociatedTransferFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DisableAssociatedTransferRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DisableAssociatedTransferRequest) -> Self {
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
        DisableAssociatedTransferResponse,
        ::alibabacloud::Error<DisableAssociatedTransferError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DisableAssociatedTransferResponse {}
/// 返回参数。
///
/// Output of [`DisableAssociatedTransfer`](super::super::Client::disable_associated_transfer).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DisableAssociatedTransferResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7CE0AE54-6F27-5522-A429-4C5EE8FD40C8`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DisableAssociatedTransferResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisableAssociatedTransferResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DisableAssociatedTransfer`](super::super::Client::disable_associated_transfer) documents, plus [`Unhandled`](DisableAssociatedTransferError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableAssociatedTransferError {
    /// HTTP 400 `UnsupportedOperation.RepeatDisableAssociatedTransferSetting`: Repeat disable associated transfer setting is not supported.
    UnsupportedOperationRepeatDisableAssociatedTransferSetting(
        ::alibabacloud::ServiceError,
    ),
    /// HTTP 400 `UnsupportedOperation.DisableAssociatedTransferSetting`: UnsupportedOperation.DisableAssociatedTransferSetting
    UnsupportedOperationDisableAssociatedTransferSetting(::alibabacloud::ServiceError),
    /// HTTP 400 `EntityExists.AssociatedTransferTasks`: Disable associated transfer setting is not supported when associated transfer task exists.
    EntityExistsAssociatedTransferTasks(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DisableAssociatedTransferError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "UnsupportedOperation.RepeatDisableAssociatedTransferSetting" => {
                DisableAssociatedTransferError::UnsupportedOperationRepeatDisableAssociatedTransferSetting(
                    error,
                )
            }
            "UnsupportedOperation.DisableAssociatedTransferSetting" => {
                DisableAssociatedTransferError::UnsupportedOperationDisableAssociatedTransferSetting(
                    error,
                )
            }
            "EntityExists.AssociatedTransferTasks" => {
                DisableAssociatedTransferError::EntityExistsAssociatedTransferTasks(
                    error,
                )
            }
            _ => DisableAssociatedTransferError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DisableAssociatedTransferError::UnsupportedOperationRepeatDisableAssociatedTransferSetting(
                error,
            )
            | DisableAssociatedTransferError::UnsupportedOperationDisableAssociatedTransferSetting(
                error,
            )
            | DisableAssociatedTransferError::EntityExistsAssociatedTransferTasks(error)
            | DisableAssociatedTransferError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DisableAssociatedTransferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DisableAssociatedTransferError {}
