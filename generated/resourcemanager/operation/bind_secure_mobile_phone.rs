/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "BindSecureMobilePhone",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "VerificationCode",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "SecureMobilePhone",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
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
    example_response: "{\"RequestId\":\"0217AFEB-5318-56D4-B167-1933D83EDF3F\"}",
};
/// Input of [`BindSecureMobilePhone`](super::super::Client::bind_secure_mobile_phone).
#[derive(Clone, Default, PartialEq)]
pub struct BindSecureMobilePhoneRequest {
    /// 验证码。
    ///
    /// 您可以调用\[SendVerificationCodeForBindSecureMobilePhone\](~~372556~~)获取验证码。
    ///
    /// Wire name `VerificationCode`; required. Example: `123456`.
    pub verification_code: ::std::option::Option<::std::string::String>,
    /// 安全手机号码。
    ///
    /// 该手机号码必须与\[SendVerificationCodeForBindSecureMobilePhone\](~~372556~~)中获取验证码时设置的手机号码一致。
    ///
    /// 格式：&lt;国家码>-&lt;手机号码>。
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `SecureMobilePhone`; required. Example: `xx-13900001234`.
    pub secure_mobile_phone: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `138660628348****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BindSecureMobilePhoneRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BindSecureMobilePhoneRequest")
            .field("verification_code", &self.verification_code)
            .field("secure_mobile_phone", &self.secure_mobile_phone)
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for BindSecureMobilePhoneRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("VerificationCode", &self.verification_code);
        writer.put("SecureMobilePhone", &self.secure_mobile_phone);
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`BindSecureMobilePhoneRequest`] request; get one from [`Client::bind_secure_mobile_phone`](super::super::Client::bind_secure_mobile_phone).
#[derive(Clone, Debug)]
pub struct BindSecureMobilePhoneFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: BindSecureMobilePhoneRequest,
    options: ::alibabacloud::CallOptions,
}
impl BindSecureMobilePhoneFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        BindSecureMobilePhoneFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &BindSecureMobilePhoneRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: BindSecureMobilePhoneRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 验证码。
    ///
    /// 您可以调用\[SendVerificationCodeForBindSecureMobilePhone\](~~372556~~)获取验证码。
    ///
    /// Wire name `VerificationCode`; required. Example: `123456`.
    pub fn verification_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.verification_code = Some(value.into());
        self
    }
    ///Sets or clears `VerificationCode`.
    pub fn set_verification_code(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.verification_code = value;
        self
    }
    /// 安全手机号码。
    ///
    /// 该手机号码必须与\[SendVerificationCodeForBindSecureMobilePhone\](~~372556~~)中获取验证码时设置的手机号码一致。
    ///
    /// 格式：&lt;国家码>-&lt;手机号码>。
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `SecureMobilePhone`; required. Example: `xx-13900001234`.
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
    /// 成员ID。
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
        BindSecureMobilePhoneResponse,
        ::alibabacloud::Error<BindSecureMobilePhoneError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl BindSecureMobilePhoneResponse {}
/// 返回参数。
///
/// Output of [`BindSecureMobilePhone`](super::super::Client::bind_secure_mobile_phone).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct BindSecureMobilePhoneResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `0217AFEB-5318-56D4-B167-1933D83EDF3F`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BindSecureMobilePhoneResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BindSecureMobilePhoneResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`BindSecureMobilePhone`](super::super::Client::bind_secure_mobile_phone) documents, plus [`Unhandled`](BindSecureMobilePhoneError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum BindSecureMobilePhoneError {
    /// HTTP 400 `NotSupport.Site.Action`: Site does not allow current action.
    NotSupportSiteAction(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: The specified account is an Alibaba Cloud account or already exists in another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.EnterpriseName`: You must specify the enterprise name.
    InvalidEnterpriseName(::alibabacloud::ServiceError),
    /// HTTP 409 `EnterpriseRealNameVerificationError`: The specified account does not pass enterprise real-name verification. We recommend you first complete enterprise real-name verification for the account.
    EnterpriseRealNameVerificationError(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory`: The resource directory for the account is already enabled. We recommend that you do not enable the resource directory again.
    EntityAlreadyExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.VerificationCode`: The verification code is invalid.
    InvalidVerificationCode(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeMismatch`: The type or status of the member account cannot satisfy the current operation.
    AccountTypeMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountSecureMobileAlreadyExists`: The secure mobile number of the member already exists.
    AccountSecureMobileAlreadyExists(::alibabacloud::ServiceError),
    /// HTTP 409 `CallerIdentityError`: Please use the RAM user or role of the Management Account.
    CallerIdentityError(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for BindSecureMobilePhoneError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupport.Site.Action" => {
                BindSecureMobilePhoneError::NotSupportSiteAction(error)
            }
            "NotSupport.AccountInAnotherResourceDirectory" => {
                BindSecureMobilePhoneError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "Invalid.EnterpriseName" => {
                BindSecureMobilePhoneError::InvalidEnterpriseName(error)
            }
            "EnterpriseRealNameVerificationError" => {
                BindSecureMobilePhoneError::EnterpriseRealNameVerificationError(error)
            }
            "EntityAlreadyExists.ResourceDirectory" => {
                BindSecureMobilePhoneError::EntityAlreadyExistsResourceDirectory(error)
            }
            "Invalid.VerificationCode" => {
                BindSecureMobilePhoneError::InvalidVerificationCode(error)
            }
            "AccountTypeMismatch" => {
                BindSecureMobilePhoneError::AccountTypeMismatch(error)
            }
            "AccountSecureMobileAlreadyExists" => {
                BindSecureMobilePhoneError::AccountSecureMobileAlreadyExists(error)
            }
            "CallerIdentityError" => {
                BindSecureMobilePhoneError::CallerIdentityError(error)
            }
            _ => BindSecureMobilePhoneError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            BindSecureMobilePhoneError::NotSupportSiteAction(error)
            | BindSecureMobilePhoneError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | BindSecureMobilePhoneError::InvalidEnterpriseName(error)
            | BindSecureMobilePhoneError::EnterpriseRealNameVerificationError(error)
            | BindSecureMobilePhoneError::EntityAlreadyExistsResourceDirectory(error)
            | BindSecureMobilePhoneError::InvalidVerificationCode(error)
            | BindSecureMobilePhoneError::AccountTypeMismatch(error)
            | BindSecureMobilePhoneError::AccountSecureMobileAlreadyExists(error)
            | BindSecureMobilePhoneError::CallerIdentityError(error)
            | BindSecureMobilePhoneError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for BindSecureMobilePhoneError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for BindSecureMobilePhoneError {}
