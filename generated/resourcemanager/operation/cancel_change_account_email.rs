/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CancelChangeAccountEmail",
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
/// Input of [`CancelChangeAccountEmail`](super::super::Client::cancel_change_account_email).
#[derive(Clone, Default, PartialEq)]
pub struct CancelChangeAccountEmailRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelChangeAccountEmailRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelChangeAccountEmailRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CancelChangeAccountEmailRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`CancelChangeAccountEmailRequest`] request; get one from [`Client::cancel_change_account_email`](super::super::Client::cancel_change_account_email).
#[derive(Clone, Debug)]
pub struct CancelChangeAccountEmailFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CancelChangeAccountEmailRequest,
    options: ::alibabacloud::CallOptions,
}
impl CancelChangeAccountEmailFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CancelChangeAccountEmailFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CancelChangeAccountEmailRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CancelChangeAccountEmailRequest) -> Self {
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
        CancelChangeAccountEmailResponse,
        ::alibabacloud::Error<CancelChangeAccountEmailError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CancelChangeAccountEmailResponse {}
/// Output of [`CancelChangeAccountEmail`](super::super::Client::cancel_change_account_email).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CancelChangeAccountEmailResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelChangeAccountEmailResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelChangeAccountEmailResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CancelChangeAccountEmail`](super::super::Client::cancel_change_account_email) documents, plus [`Unhandled`](CancelChangeAccountEmailError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelChangeAccountEmailError {
    /// HTTP 404 `EntityNotExists.EmailModifyRecord`: This email modification record of the account does not exist.
    EntityNotExistsEmailModifyRecord(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CancelChangeAccountEmailError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.EmailModifyRecord" => {
                CancelChangeAccountEmailError::EntityNotExistsEmailModifyRecord(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CancelChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Account" => {
                CancelChangeAccountEmailError::EntityNotExistsAccount(error)
            }
            _ => CancelChangeAccountEmailError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CancelChangeAccountEmailError::EntityNotExistsEmailModifyRecord(error)
            | CancelChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            | CancelChangeAccountEmailError::EntityNotExistsAccount(error)
            | CancelChangeAccountEmailError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CancelChangeAccountEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CancelChangeAccountEmailError {}
