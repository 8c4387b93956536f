/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "SendVerificationCodeForEnableRD",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "SecureMobilePhone",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"EC2FE94D-A4A2-51A1-A493-5C273A36C46A\"}",
};
/// Input of [`SendVerificationCodeForEnableRD`](super::super::Client::send_verification_code_for_enable_rd).
#[derive(Clone, Default, PartialEq)]
pub struct SendVerificationCodeForEnableRdRequest {
    /// 新创建的管理账号的安全手机号码。置空表示采用当前登录账号的安全手机号码。
    ///
    /// 格式：`<国家码>-<手机号码>`。
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `SecureMobilePhone`. Example: `xx-13900001234`.
    pub secure_mobile_phone: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendVerificationCodeForEnableRdRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendVerificationCodeForEnableRdRequest")
            .field("secure_mobile_phone", &self.secure_mobile_phone)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for SendVerificationCodeForEnableRdRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("SecureMobilePhone", &self.secure_mobile_phone);
    }
}
/// Builds and sends a [`SendVerificationCodeForEnableRdRequest`] request; get one from [`Client::send_verification_code_for_enable_rd`](super::super::Client::send_verification_code_for_enable_rd).
#[derive(Clone, Debug)]
pub struct SendVerificationCodeForEnableRdFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: SendVerificationCodeForEnableRdRequest,
    options: ::alibabacloud::CallOptions,
}
impl SendVerificationCodeForEnableRdFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        SendVerificationCodeForEnableRdFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &SendVerificationCodeForEnableRdRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: SendVerificationCodeForEnableRdRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 新创建的管理账号的安全手机号码。置空表示采用当前登录账号的安全手机号码。
    ///
    /// 格式：`<国家码>-<手机号码>`。
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `SecureMobilePhone`. Example: `xx-13900001234`.
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        SendVerificationCodeForEnableRdResponse,
        ::alibabacloud::Error<SendVerificationCodeForEnableRdError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl SendVerificationCodeForEnableRdResponse {}
/// 返回结果。
///
/// Output of [`SendVerificationCodeForEnableRD`](super::super::Client::send_verification_code_for_enable_rd).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct SendVerificationCodeForEnableRdResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `EC2FE94D-A4A2-51A1-A493-5C273A36C46A`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SendVerificationCodeForEnableRdResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendVerificationCodeForEnableRdResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`SendVerificationCodeForEnableRD`](super::super::Client::send_verification_code_for_enable_rd) documents, plus [`Unhandled`](SendVerificationCodeForEnableRdError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendVerificationCodeForEnableRdError {
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: The specified account is an Alibaba Cloud account or already exists in another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory`: The resource directory for the account is already enabled. We recommend that you do not enable the resource directory again.
    EntityAlreadyExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `SendValidateCodeExceedsLimitForAccount`: For the same account, the number of verification codes sent exceeds the limit.
    SendValidateCodeExceedsLimitForAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.MobileCountryCode`: The current site does not support the country code.
    InvalidParameterMobileCountryCode(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for SendVerificationCodeForEnableRdError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupport.AccountInAnotherResourceDirectory" => {
                SendVerificationCodeForEnableRdError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "EntityAlreadyExists.ResourceDirectory" => {
                SendVerificationCodeForEnableRdError::EntityAlreadyExistsResourceDirectory(
                    error,
                )
            }
            "SendValidateCodeExceedsLimitForAccount" => {
                SendVerificationCodeForEnableRdError::SendValidateCodeExceedsLimitForAccount(
                    error,
                )
            }
            "InvalidParameter.MobileCountryCode" => {
                SendVerificationCodeForEnableRdError::InvalidParameterMobileCountryCode(
                    error,
                )
            }
            _ => SendVerificationCodeForEnableRdError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            SendVerificationCodeForEnableRdError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | SendVerificationCodeForEnableRdError::EntityAlreadyExistsResourceDirectory(
                error,
            )
            | SendVerificationCodeForEnableRdError::SendValidateCodeExceedsLimitForAccount(
                error,
            )
            | SendVerificationCodeForEnableRdError::InvalidParameterMobileCountryCode(
                error,
            )
            | SendVerificationCodeForEnableRdError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for SendVerificationCodeForEnableRdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for SendVerificationCodeForEnableRdError {}
