/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ChangeAccountEmail",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "Email",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`ChangeAccountEmail`](super::super::Client::change_account_email).
#[derive(Clone, Default, PartialEq)]
pub struct ChangeAccountEmailRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员邮箱。
    ///
    /// > 系统将自动发送验证邮件到所填邮箱，通过验证后修改才会生效，验证通过后系统会同步修改该账号的邮箱和安全邮箱。
    ///
    /// Wire name `Email`; required. Example: `someone@example.com`.
    pub email: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ChangeAccountEmailRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangeAccountEmailRequest")
            .field("account_id", &self.account_id)
            .field("email", &self.email)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ChangeAccountEmailRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("Email", &self.email);
    }
}
/// Builds and sends a [`ChangeAccountEmailRequest`] request; get one from [`Client::change_account_email`](super::super::Client::change_account_email).
#[derive(Clone, Debug)]
pub struct ChangeAccountEmailFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ChangeAccountEmailRequest,
    options: ::alibabacloud::CallOptions,
}
impl ChangeAccountEmailFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ChangeAccountEmailFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ChangeAccountEmailRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ChangeAccountEmailRequest) -> Self {
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
    /// 成员邮箱。
    ///
    /// > 系统将自动发送验证邮件到所填邮箱，通过验证后修改才会生效，验证通过后系统会同步修改该账号的邮箱和安全邮箱。
    ///
    /// Wire name `Email`; required. Example: `someone@example.com`.
    pub fn email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.email = Some(value.into());
        self
    }
    ///Sets or clears `Email`.
    pub fn set_email(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.email = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ChangeAccountEmailResponse,
        ::alibabacloud::Error<ChangeAccountEmailError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ChangeAccountEmailResponse {}
/// Output of [`ChangeAccountEmail`](super::super::Client::change_account_email).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ChangeAccountEmailResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ChangeAccountEmailResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangeAccountEmailResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`ChangeAccountEmail`](super::super::Client::change_account_email) documents, plus [`Unhandled`](ChangeAccountEmailError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeAccountEmailError {
    /// HTTP 400 `NotSupportedOperation.Account.EmailModify`: The operation is not supported because the account email is being modifying.
    NotSupportedOperationAccountEmailModify(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ChangeAccountEmailError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupportedOperation.Account.EmailModify" => {
                ChangeAccountEmailError::NotSupportedOperationAccountEmailModify(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                ChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Account" => {
                ChangeAccountEmailError::EntityNotExistsAccount(error)
            }
            _ => ChangeAccountEmailError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ChangeAccountEmailError::NotSupportedOperationAccountEmailModify(error)
            | ChangeAccountEmailError::EntityNotExistsResourceDirectory(error)
            | ChangeAccountEmailError::EntityNotExistsAccount(error)
            | ChangeAccountEmailError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ChangeAccountEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ChangeAccountEmailError {}
