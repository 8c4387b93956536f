/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UpdateAccount",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewDisplayName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewAccountType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
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
    example_response: "{\"Account\":{\"AccountId\":\"12323344****\",\"AccountName\":\"ecs-manager@aliyun.com\",\"DisplayName\":\"admin\",\"FolderId\":\"fd-bVaRIG****\",\"JoinMethod\":\"created\",\"JoinTime\":\"2015-01-23T12:33:18Z\",\"ModifyTime\":\"2015-01-23T12:33:18Z\",\"ResourceDirectoryId\":\"rd-k3****\",\"Status\":\"CreateSuccess\",\"Type\":\"ResourceAccount\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`UpdateAccount`](super::super::Client::update_account).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccountRequest {
    /// 新的成员名称。
    /// > `NewDisplayName`与`NewAccountType`任选其一设置，不能同时设置。
    ///
    /// Wire name `NewDisplayName`. Example: `admin`.
    pub new_display_name: ::std::option::Option<::std::string::String>,
    /// 新的成员类型。取值：
    ///
    /// - ResourceAccount：将指定的云账号切换为资源账号。
    /// - CloudAccount：将指定的资源账号切换为云账号。
    ///
    /// > `NewDisplayName`与`NewAccountType`任选其一设置，不能同时设置。
    ///
    /// Wire name `NewAccountType`. Example: `ResourceAccount`.
    pub new_account_type: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccountRequest")
            .field("new_display_name", &self.new_display_name)
            .field("new_account_type", &self.new_account_type)
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UpdateAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("NewDisplayName", &self.new_display_name);
        writer.put("NewAccountType", &self.new_account_type);
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`UpdateAccountRequest`] request; get one from [`Client::update_account`](super::super::Client::update_account).
#[derive(Clone, Debug)]
pub struct UpdateAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UpdateAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl UpdateAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UpdateAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UpdateAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UpdateAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 新的成员名称。
    /// > `NewDisplayName`与`NewAccountType`任选其一设置，不能同时设置。
    ///
    /// Wire name `NewDisplayName`. Example: `admin`.
    pub fn new_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_display_name = Some(value.into());
        self
    }
    ///Sets or clears `NewDisplayName`.
    pub fn set_new_display_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_display_name = value;
        self
    }
    /// 新的成员类型。取值：
    ///
    /// - ResourceAccount：将指定的云账号切换为资源账号。
    /// - CloudAccount：将指定的资源账号切换为云账号。
    ///
    /// > `NewDisplayName`与`NewAccountType`任选其一设置，不能同时设置。
    ///
    /// Wire name `NewAccountType`. Example: `ResourceAccount`.
    pub fn new_account_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_account_type = Some(value.into());
        self
    }
    ///Sets or clears `NewAccountType`.
    pub fn set_new_account_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_account_type = value;
        self
    }
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
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
        UpdateAccountResponse,
        ::alibabacloud::Error<UpdateAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UpdateAccountResponse {}
/// 返回参数。
///
/// Output of [`UpdateAccount`](super::super::Client::update_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UpdateAccountResponse {
    /// 成员信息。
    ///
    /// Wire name `Account`.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: ::std::option::Option<Account>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccountResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`UpdateAccount`](super::super::Client::update_account) documents, plus [`Unhandled`](UpdateAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccountError {
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.Account.DisplayName.AlreadyUsed`: The displayname of account has been used.
    InvalidParameterAccountDisplayNameAlreadyUsed(::alibabacloud::ServiceError),
    /// HTTP 409 `MissingDisplayNameOrAccountType`: Either display name or account type must be specified.
    MissingDisplayNameOrAccountType(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeMismatch`: The type or status of the member account cannot satisfy the current operation.
    AccountTypeMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `LegalEntityDifferent`: The account legal entity is different from the one of the Management Account.
    LegalEntityDifferent(::alibabacloud::ServiceError),
    /// HTTP 409 `CallerIdentityError`: Please use the RAM user or role of the Management Account.
    CallerIdentityError(::alibabacloud::ServiceError),
    /// HTTP 409 `MissingSecurityInfo`: The current member is not configured with a secure email or mobile phone, and the switchover fails.
    MissingSecurityInfo(::alibabacloud::ServiceError),
    /// HTTP 409 `PrimaryAkInUse`: The root user has an AccessKey pair in use.
    PrimaryAkInUse(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for UpdateAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.ResourceDirectory" => {
                UpdateAccountError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Account" => {
                UpdateAccountError::EntityNotExistsAccount(error)
            }
            "InvalidParameter.Account.DisplayName.AlreadyUsed" => {
                UpdateAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(error)
            }
            "MissingDisplayNameOrAccountType" => {
                UpdateAccountError::MissingDisplayNameOrAccountType(error)
            }
            "AccountTypeMismatch" => UpdateAccountError::AccountTypeMismatch(error),
            "LegalEntityDifferent" => UpdateAccountError::LegalEntityDifferent(error),
            "CallerIdentityError" => UpdateAccountError::CallerIdentityError(error),
            "MissingSecurityInfo" => UpdateAccountError::MissingSecurityInfo(error),
            "PrimaryAkInUse" => UpdateAccountError::PrimaryAkInUse(error),
            _ => UpdateAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UpdateAccountError::EntityNotExistsResourceDirectory(error)
            | UpdateAccountError::EntityNotExistsAccount(error)
            | UpdateAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(error)
            | UpdateAccountError::MissingDisplayNameOrAccountType(error)
            | UpdateAccountError::AccountTypeMismatch(error)
            | UpdateAccountError::LegalEntityDifferent(error)
            | UpdateAccountError::CallerIdentityError(error)
            | UpdateAccountError::MissingSecurityInfo(error)
            | UpdateAccountError::PrimaryAkInUse(error)
            | UpdateAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UpdateAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UpdateAccountError {}
/// 成员信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Account {
    /// 成员加入状态。取值：
    ///
    /// - CreateSuccess：创建成功。
    /// - InviteSuccess：邀请成功。
    /// - Removed：已移除。
    /// - SwitchSuccess：切换成功。
    ///
    /// Wire name `Status`. Example: `CreateSuccess`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 成员类型。取值：
    ///
    /// - CloudAccount：云账号。
    /// - ResourceAccount：资源账号。
    ///
    /// Wire name `Type`. Example: `ResourceAccount`.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// 成员名称。
    ///
    /// Wire name `DisplayName`. Example: `admin`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`. Example: `fd-bVaRIG****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-k3****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 成员加入时间（UTC时间）。
    ///
    /// Wire name `JoinTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`. Example: `12323344****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员加入方式。取值：
    ///
    /// - invited：邀请。
    /// - created：创建。
    ///
    /// Wire name `JoinMethod`. Example: `created`.
    #[serde(rename = "JoinMethod", skip_serializing_if = "Option::is_none")]
    pub join_method: ::std::option::Option<::std::string::String>,
    /// 成员修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 阿里云账号名称。
    ///
    /// Wire name `AccountName`. Example: `ecs-manager@aliyun.com`.
    #[serde(rename = "AccountName", skip_serializing_if = "Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("status", &self.status)
            .field("type_", &self.type_)
            .field("display_name", &self.display_name)
            .field("folder_id", &self.folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("join_time", &self.join_time)
            .field("account_id", &self.account_id)
            .field("join_method", &self.join_method)
            .field("modify_time", &self.modify_time)
            .field("account_name", &self.account_name)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Account {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "Type", &self.type_);
        writer.put_field(key, "DisplayName", &self.display_name);
        writer.put_field(key, "FolderId", &self.folder_id);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "JoinTime", &self.join_time);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "AccountName", &self.account_name);
    }
}
