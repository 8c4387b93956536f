/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "EnableResourceDirectory",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "MAName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "MASecureMobilePhone",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "VerificationCode",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "EnableMode",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"EC2FE94D-A4A2-51A1-A493-5C273A36C46A\",\"ResourceDirectory\":{\"CreateTime\":\"2021-12-08T02:15:31.744Z\",\"MasterAccountId\":\"507408460615****\",\"MasterAccountName\":\"alice@example.com\",\"ResourceDirectoryId\":\"rd-54****\",\"RootFolderId\":\"r-G9****\"}}",
};
/// Input of [`EnableResourceDirectory`](super::super::Client::enable_resource_directory).
#[derive(Clone, Default, PartialEq)]
pub struct EnableResourceDirectoryRequest {
    /// 新管理账号名称。
    ///
    /// 格式：`<前缀>@rdadmin.aliyunid.com`。其中，&lt;前缀>允许输入英文字母、数字、特殊字符`_.-`，且必须以英文字母或数字开头和结尾，不能输入连续特殊字符。&lt;前缀>的长度为2~50个字符。
    ///
    /// Wire name `MAName`. Example: `user01@rdadmin.aliyunid.com`.
    pub ma_name: ::std::option::Option<::std::string::String>,
    /// 新创建管理账号的安全手机号码。
    ///
    /// 置空表示采用当前登录账号的安全手机号码。该手机号码必须与\[SendVerificationCodeForEnableRD\](~~364248~~)中获取验证码时使用的手机号码一致。
    ///
    /// 格式：`<国家码>-<手机号码>`。
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `MASecureMobilePhone`. Example: `xx-13900001234`.
    pub ma_secure_mobile_phone: ::std::option::Option<::std::string::String>,
    /// 验证码。
    ///
    /// 您可以调用\[SendVerificationCodeForEnableRD\](~~364248~~)获取验证码。
    ///
    /// Wire name `VerificationCode`. Example: `123456`.
    pub verification_code: ::std::option::Option<::std::string::String>,
    /// 开通方式。取值：
    ///
    /// - CurrentAccount：使用当前登录账号开通资源目录。
    /// - NewManagementAccount：新创建管理账号开通资源目录。该方式下，您需要配置`MAName`、`MASecureMobilePhone`和`VerificationCode`。
    ///
    /// Wire name `EnableMode`; required. Example: `CurrentAccount`.
    pub enable_mode: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnableResourceDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableResourceDirectoryRequest")
            .field("ma_name", &self.ma_name)
            .field("ma_secure_mobile_phone", &self.ma_secure_mobile_phone)
            .field("verification_code", &self.verification_code)
            .field("enable_mode", &self.enable_mode)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for EnableResourceDirectoryRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("MAName", &self.ma_name);
        writer.put("MASecureMobilePhone", &self.ma_secure_mobile_phone);
        writer.put("VerificationCode", &self.verification_code);
        writer.put("EnableMode", &self.enable_mode);
    }
}
/// Builds and sends a [`EnableResourceDirectoryRequest`] request; get one from [`Client::enable_resource_directory`](super::super::Client::enable_resource_directory).
#[derive(Clone, Debug)]
pub struct EnableResourceDirectoryFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: EnableResourceDirectoryRequest,
    options: ::alibabacloud::CallOptions,
}
impl EnableResourceDirectoryFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        EnableResourceDirectoryFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &EnableResourceDirectoryRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: EnableResourceDirectoryRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 新管理账号名称。
    ///
    /// 格式：`<前缀>@rdadmin.aliyunid.com`。其中，&lt;前缀>允许输入英文字母、数字、特殊字符`_.-`，且必须以英文字母或数字开头和结尾，不能输入连续特殊字符。&lt;前缀>的长度为2~50个字符。
    ///
    /// Wire name `MAName`. Example: `user01@rdadmin.aliyunid.com`.
    pub fn ma_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.ma_name = Some(value.into());
        self
    }
    ///Sets or clears `MAName`.
    pub fn set_ma_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.ma_name = value;
        self
    }
    /// 新创建管理账号的安全手机号码。
    ///
    /// 置空表示采用当前登录账号的安全手机号码。该手机号码必须与\[SendVerificationCodeForEnableRD\](~~364248~~)中获取验证码时使用的手机号码一致。
    ///
    /// 格式：`<国家码>-<手机号码>`。
    ///
    /// &lt;props="intl">
    /// > 不支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    ///
    /// &lt;props="china">
    /// > 仅支持填写`86-<手机号码>`的中国内地手机号码。&lt;/props>
    ///
    /// Wire name `MASecureMobilePhone`. Example: `xx-13900001234`.
    pub fn ma_secure_mobile_phone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.ma_secure_mobile_phone = Some(value.into());
        self
    }
    ///Sets or clears `MASecureMobilePhone`.
    pub fn set_ma_secure_mobile_phone(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.ma_secure_mobile_phone = value;
        self
    }
    /// 验证码。
    ///
    /// 您可以调用\[SendVerificationCodeForEnableRD\](~~364248~~)获取验证码。
    ///
    /// Wire name `VerificationCode`. Example: `123456`.
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
    /// 开通方式。取值：
    ///
    /// - CurrentAccount：使用当前登录账号开通资源目录。
    /// - NewManagementAccount：新创建管理账号开通资源目录。该方式下，您需要配置`MAName`、`MASecureMobilePhone`和`VerificationCode`。
    ///
    /// Wire name `EnableMode`; required. Example: `CurrentAccount`.
    pub fn enable_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.enable_mode = Some(value.into());
        self
    }
    ///Sets or clears `EnableMode`.
    pub fn set_enable_mode(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.enable_mode = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        EnableResourceDirectoryResponse,
        ::alibabacloud::Error<EnableResourceDirectoryError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl EnableResourceDirectoryResponse {}
/// 返回结果。
///
/// Output of [`EnableResourceDirectory`](super::super::Client::enable_resource_directory).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct EnableResourceDirectoryResponse {
    /// 资源目录信息。
    ///
    /// Wire name `ResourceDirectory`.
    #[serde(rename = "ResourceDirectory", skip_serializing_if = "Option::is_none")]
    pub resource_directory: ::std::option::Option<ResourceDirectory>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `EC2FE94D-A4A2-51A1-A493-5C273A36C46A`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnableResourceDirectoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableResourceDirectoryResponse")
            .field("resource_directory", &self.resource_directory)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`EnableResourceDirectory`](super::super::Client::enable_resource_directory) documents, plus [`Unhandled`](EnableResourceDirectoryError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableResourceDirectoryError {
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: The specified account is an Alibaba Cloud account or already exists in another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.EnterpriseName`: You must specify the enterprise name.
    InvalidEnterpriseName(::alibabacloud::ServiceError),
    /// HTTP 409 `EnterpriseRealNameVerificationError`: The specified account does not pass enterprise real-name verification. We recommend you first complete enterprise real-name verification for the account.
    EnterpriseRealNameVerificationError(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory`: The resource directory for the account is already enabled. We recommend that you do not enable the resource directory again.
    EntityAlreadyExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.ManagementAccountName.AlreadyUsed`: The ManagementAccountName has been used.
    InvalidParameterManagementAccountNameAlreadyUsed(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.VerificationCode`: The verification code is invalid.
    InvalidVerificationCode(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.ManagementAccountName`: The management account name is in the wrong format.
    InvalidParameterManagementAccountName(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.ManagementAccountSecurityInfo`: The parameter management account secure mobile phone is invalid.
    InvalidParameterManagementAccountSecurityInfo(::alibabacloud::ServiceError),
    /// HTTP 409 `MissingSecureMobilePhone`: Secure mobile phone is missing.
    MissingSecureMobilePhone(::alibabacloud::ServiceError),
    /// HTTP 409 `MissingSecurityInfo`: Security info is missing.
    MissingSecurityInfo(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for EnableResourceDirectoryError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupport.AccountInAnotherResourceDirectory" => {
                EnableResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "Invalid.EnterpriseName" => {
                EnableResourceDirectoryError::InvalidEnterpriseName(error)
            }
            "EnterpriseRealNameVerificationError" => {
                EnableResourceDirectoryError::EnterpriseRealNameVerificationError(error)
            }
            "EntityAlreadyExists.ResourceDirectory" => {
                EnableResourceDirectoryError::EntityAlreadyExistsResourceDirectory(error)
            }
            "InvalidParameter.ManagementAccountName.AlreadyUsed" => {
                EnableResourceDirectoryError::InvalidParameterManagementAccountNameAlreadyUsed(
                    error,
                )
            }
            "Invalid.VerificationCode" => {
                EnableResourceDirectoryError::InvalidVerificationCode(error)
            }
            "InvalidParameter.ManagementAccountName" => {
                EnableResourceDirectoryError::InvalidParameterManagementAccountName(
                    error,
                )
            }
            "InvalidParameter.ManagementAccountSecurityInfo" => {
                EnableResourceDirectoryError::InvalidParameterManagementAccountSecurityInfo(
                    error,
                )
            }
            "MissingSecureMobilePhone" => {
                EnableResourceDirectoryError::MissingSecureMobilePhone(error)
            }
            "MissingSecurityInfo" => {
                EnableResourceDirectoryError::MissingSecurityInfo(error)
            }
            _ => EnableResourceDirectoryError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            EnableResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | EnableResourceDirectoryError::InvalidEnterpriseName(error)
            | EnableResourceDirectoryError::EnterpriseRealNameVerificationError(error)
            | EnableResourceDirectoryError::EntityAlreadyExistsResourceDirectory(error)
            | EnableResourceDirectoryError::InvalidParameterManagementAccountNameAlreadyUsed(
                error,
            )
            | EnableResourceDirectoryError::InvalidVerificationCode(error)
            | EnableResourceDirectoryError::InvalidParameterManagementAccountName(error)
            | EnableResourceDirectoryError::InvalidParameterManagementAccountSecurityInfo(
                error,
            )
            | EnableResourceDirectoryError::MissingSecureMobilePhone(error)
            | EnableResourceDirectoryError::MissingSecurityInfo(error)
            | EnableResourceDirectoryError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for EnableResourceDirectoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for EnableResourceDirectoryError {}
/// 资源目录信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ResourceDirectory {
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-54****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `507408460615****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `alice@example.com`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// Root资源夹ID。
    ///
    /// Wire name `RootFolderId`. Example: `r-G9****`.
    #[serde(rename = "RootFolderId", skip_serializing_if = "Option::is_none")]
    pub root_folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录开通时间。
    ///
    /// Wire name `CreateTime`. Example: `2021-12-08T02:15:31.744Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceDirectory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceDirectory")
            .field("resource_directory_id", &self.resource_directory_id)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
            .field("root_folder_id", &self.root_folder_id)
            .field("create_time", &self.create_time)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceDirectory {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "RootFolderId", &self.root_folder_id);
        writer.put_field(key, "CreateTime", &self.create_time);
    }
}
