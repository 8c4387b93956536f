/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "RetryChangeAccountEmail",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`RetryChangeAccountEmail`](super::super::Client::retry_change_account_email).
#[derive(Clone, Default, PartialEq)]
pub struct RetryChangeAccountEmailRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RetryChangeAccountEmailRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RetryChangeAccountEmailRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for RetryChangeAccountEmailRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`RetryChangeAccountEmailRequest`] request; get one from [`Client::retry_change_account_email`](super::super::Client::retry_change_account_email).
#[derive(Clone, Debug)]
pub struct RetryChangeAccountEmailFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: RetryChangeAccountEmailRequest,
    options: ::alibabacloud::CallOptions,
}
impl RetryChangeAccountEmailFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        RetryChangeAccountEmailFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &RetryChangeAccountEmailRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: RetryChangeAccountEmailRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub fn account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.account_id = Some(value.into());
        self
    }
    ///Sets or clears `AccountId`.
    pub fn set_account_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.account_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        RetryChangeAccountEmailResponse,
        ::alibabacloud::Error<RetryChangeAccountEmailError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl RetryChangeAccountEmailResponse {}
/// Output of [`RetryChangeAccountEmail`](super::super::Client::retry_change_account_email).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct RetryChangeAccountEmailResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RetryChangeAccountEmailResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RetryChangeAccountEmailResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`RetryChangeAccountEmail`](super::super::Client::retry_change_account_email) documents, plus [`Unhandled`](RetryChangeAccountEmailError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetryChangeAccountEmailError {
    /// HTTP 404 `EntityNotExists.EmailModifyRecord`: This email modification record of the account does not exist.
    EntityNotExistsEmailModifyRecord(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for RetryChangeAccountEmailError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.EmailModifyRecord" => {
                RetryChangeAccountEmailError::EntityNotExistsEmailModifyRecord(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                RetryChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Account" => {
                RetryChangeAccountEmailError::EntityNotExistsAccount(error)
            }
            _ => RetryChangeAccountEmailError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            RetryChangeAccountEmailError::EntityNotExistsEmailModifyRecord(error)
            | RetryChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            | RetryChangeAccountEmailError::EntityNotExistsAccount(error)
            | RetryChangeAccountEmailError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for RetryChangeAccountEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for RetryChangeAccountEmailError {}
