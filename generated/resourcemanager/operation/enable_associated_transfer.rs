/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "EnableAssociatedTransfer",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"RequestId\":\"2D69A58F-345C-4FDE-88E4-BF5189484114\"}",
};
/// Input of [`EnableAssociatedTransfer`](super::super::Client::enable_associated_transfer).
#[derive(Clone, Default, PartialEq)]
pub struct EnableAssociatedTransferRequest {}
impl ::std::fmt::Debug for EnableAssociatedTransferRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableAssociatedTransferRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for EnableAssociatedTransferRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`EnableAssociatedTransferRequest`] request; get one from [`Client::enable_associated_transfer`](super::super::Client::enable_associated_transfer).
#[derive(Clone, Debug)]
pub struct EnableAssociatedTransferFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: EnableAssociatedTransferRequest,
    options: ::alibabacloud::CallOptions,
}
impl EnableAssociatedTransferFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        EnableAssociatedTransferFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &EnableAssociatedTransferRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: EnableAssociatedTransferRequest) -> Self {
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
        EnableAssociatedTransferResponse,
        ::alibabacloud::Error<EnableAssociatedTransferError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl EnableAssociatedTransferResponse {}
/// 返回参数。
///
/// Output of [`EnableAssociatedTransfer`](super::super::Client::enable_associated_transfer).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct EnableAssociatedTransferResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `2D69A58F-345C-4FDE-88E4-BF5189484114`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnableAssociatedTransferResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableAssociatedTransferResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`EnableAssociatedTransfer`](super::super::Client::enable_associated_transfer) documents, plus [`Unhandled`](EnableAssociatedTransferError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableAssociatedTransferError {
    /// HTTP 400 `UnsupportedOperation.RepeatEnableAssociatedTransferSetting`: Repeat enable associated transfer setting is not supported.
    UnsupportedOperationRepeatEnableAssociatedTransferSetting(
        ::alibabacloud::ServiceError,
    ),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for EnableAssociatedTransferError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "UnsupportedOperation.RepeatEnableAssociatedTransferSetting" => {
                EnableAssociatedTransferError::UnsupportedOperationRepeatEnableAssociatedTransferSetting(
                    error,
                )
            }
            _ => EnableAssociatedTransferError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            EnableAssociatedTransferError::UnsupportedOperationRepeatEnableAssociatedTransferSetting(
                error,
            )
            | EnableAssociatedTransferError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for EnableAssociatedTransferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for EnableAssociatedTransferError {}
