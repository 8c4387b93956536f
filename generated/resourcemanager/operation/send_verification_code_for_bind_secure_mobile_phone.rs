/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "SendVerificationCodeForBindSecureMobilePhone",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "SecureMobilePhone",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: true,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"ExpirationDate\":\"2021-12-17T07:38:41.747Z\",\"RequestId\":\"DCD43660-75DD-5D15-B342-1B83FCA5B913\"}",
};
/// Input of [`SendVerificationCodeForBindSecureMobilePhone`](super::super::Client::send_verification_code_for_bind_secure_mobile_phone).
#[derive(Clone, Default, PartialEq)]
pub struct SendVerificationCodeForBindSecureMobilePhoneRequest {
    /// The mobile phone number that you want to bind to the member for security purposes.
    ///
    /// Specify the mobile phone number in the `<Country code>-<Mobile phone number>` format.
    ///
    /// Mobile phone numbers in the `86-<Mobile phone number>` format in the Chinese
    /// mainland are not supported.
    ///
    /// Wire name `SecureMobilePhone`; required; sensitive: redacted in Debug output and logs.
    pub secure_mobile_phone: ::std::option::Option<::std::string::String>,
    /// The Alibaba Cloud account ID of the member.
    ///
    /// Wire name `AccountId`; required. Example: `138660628348****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendVerificationCodeForBindSecureMobilePhoneRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendVerificationCodeForBindSecureMobilePhoneRequest")
            .field(
                "secure_mobile_phone",
                &self
                    .secure_mobile_phone
                    .as_ref()
                    .map(|_| ::alibabacloud::__private::Redacted),
            )
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams
for SendVerificationCodeForBindSecureMobilePhoneRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("SecureMobilePhone", &self.secure_mobile_phone);
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`SendVerificationCodeForBindSecureMobilePhoneRequest`] request; get one from [`Client::send_verification_code_for_bind_secure_mobile_phone`](super::super::Client::send_verification_code_for_bind_secure_mobile_phone).
#[derive(Clone, Debug)]
pub struct SendVerificationCodeForBindSecureMobilePhoneFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: SendVerificationCodeForBindSecureMobilePhoneRequest,
    options: ::alibabacloud::CallOptions,
}
impl SendVerificationCodeForBindSecureMobilePhoneFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        SendVerificationCodeForBindSecureMobilePhoneFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &SendVerificationCodeForBindSecureMobilePhoneRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(
        mut self,
        request: SendVerificationCodeForBindSecureMobilePhoneRequest,
    ) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// The mobile phone number that you want to bind to the member for security purposes.
    ///
    /// Specify the mobile phone number in the `<Country code>-<Mobile phone number>` format.
    ///
    /// Mobile phone numbers in the `86-<Mobile phone number>` format in the Chinese
    /// mainland are not supported.
    ///
    /// Wire name `SecureMobilePhone`; required; sensitive: redacted in Debug output and logs.
    pub fn secure_mobile_phone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.secure_mobile_phone = Some(value.into());
        self
    }
    ///Sets or clears `SecureMobilePhone`.
    pub fn set_secure_mobile_phone(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.secure_mobile_phone = value;
        self
    }
    /// The Alibaba Cloud account ID of the member.
    ///
    /// Wire name `AccountId`; required. Example: `138660628348****`.
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
        SendVerificationCodeForBindSecureMobilePhoneResponse,
        ::alibabacloud::Error<SendVerificationCodeForBindSecureMobilePhoneError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl SendVerificationCodeForBindSecureMobilePhoneResponse {}
/// The returned result.
///
/// Output of [`SendVerificationCodeForBindSecureMobilePhone`](super::super::Client::send_verification_code_for_bind_secure_mobile_phone).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct SendVerificationCodeForBindSecureMobilePhoneResponse {
    /// The ID of the request.
    ///
    /// Wire name `RequestId`. Example: `DCD43660-75DD-5D15-B342-1B83FCA5B913`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// The time when the verification code expires.
    ///
    /// Wire name `ExpirationDate`. Example: `2021-12-17T07:38:41.747Z`.
    #[serde(rename = "ExpirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendVerificationCodeForBindSecureMobilePhoneResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendVerificationCodeForBindSecureMobilePhoneResponse")
            .field("request_id", &self.request_id)
            .field("expiration_date", &self.expiration_date)
            .finish()
    }
}
/// The errors [`SendVerificationCodeForBindSecureMobilePhone`](super::super::Client::send_verification_code_for_bind_secure_mobile_phone) documents, plus [`Unhandled`](SendVerificationCodeForBindSecureMobilePhoneError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendVerificationCodeForBindSecureMobilePhoneError {
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: The specified account is an Alibaba Cloud account or already exists in another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory`: The resource directory for the account is already enabled. We recommend that you do not enable the resource directory again.
    ///
    /// The account has been used to enable a resource directory. Do not use the account to enable a resource directory again.
    EntityAlreadyExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `SendValidateCodeExceedsLimitForAccount`: For the same account, the number of verification codes sent exceeds the limit.
    ///
    /// The number of verification codes that are sent per day by using the account exceeds the upper limit.
    SendValidateCodeExceedsLimitForAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.MobileCountryCode`: The current site does not support the country code.
    ///
    /// The specified country code is not supported at the current site.
    InvalidParameterMobileCountryCode(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for SendVerificationCodeForBindSecureMobilePhoneError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupport.AccountInAnotherResourceDirectory" => {
                SendVerificationCodeForBindSecureMobilePhoneError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "EntityAlreadyExists.ResourceDirectory" => {
                SendVerificationCodeForBindSecureMobilePhoneError::EntityAlreadyExistsResourceDirectory(
                    error,
                )
            }
            "SendValidateCodeExceedsLimitForAccount" => {
                SendVerificationCodeForBindSecureMobilePhoneError::SendValidateCodeExceedsLimitForAccount(
                    error,
                )
            }
            "InvalidParameter.MobileCountryCode" => {
                SendVerificationCodeForBindSecureMobilePhoneError::InvalidParameterMobileCountryCode(
                    error,
                )
            }
            _ => SendVerificationCodeForBindSecureMobilePhoneError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            SendVerificationCodeForBindSecureMobilePhoneError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | SendVerificationCodeForBindSecureMobilePhoneError::EntityAlreadyExistsResourceDirectory(
                error,
            )
            | SendVerificationCodeForBindSecureMobilePhoneError::SendValidateCodeExceedsLimitForAccount(
                error,
            )
            | SendVerificationCodeForBindSecureMobilePhoneError::InvalidParameterMobileCountryCode(
                error,
            )
            | SendVerificationCodeForBindSecureMobilePhoneError::Unhandled(error) => {
                error
            }
        }
    }
}
impl ::std::fmt::Display for SendVerificationCodeForBindSecureMobilePhoneError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for SendVerificationCodeForBindSecureMobilePhoneError {}
