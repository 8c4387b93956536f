/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "PromoteResourceAccount",
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
    example_response: "{\"Account\":{\"AccountId\":\"12323344****\",\"AccountName\":\"someone@example.com\",\"DisplayName\":\"admin\",\"FolderId\":\"fd-bVaRIG****\",\"JoinMethod\":\"created\",\"JoinTime\":\"2015-01-23T12:33:18Z\",\"ModifyTime\":\"2015-01-23T12:33:18Z\",\"RecordId\":\"06950264-3f0d-4ca9-82dd-6ee7a3d33d6b\",\"ResourceDirectoryId\":\"rd-k3****\",\"Status\":\"PromoteVerifying\",\"Type\":\"ResourceAccount\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`PromoteResourceAccount`](super::super::Client::promote_resource_account).
#[derive(Clone, Default, PartialEq)]
pub struct PromoteResourceAccountRequest {
    /// 需要升级的资源账号ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 升级后的云账号登录邮箱。
    ///
    /// Wire name `Email`; required. Example: `someone@example.com`.
    pub email: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PromoteResourceAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PromoteResourceAccountRequest")
            .field("account_id", &self.account_id)
            .field("email", &self.email)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for PromoteResourceAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("Email", &self.email);
    }
}
/// Builds and sends a [`PromoteResourceAccountRequest`] request; get one from [`Client::promote_resource_account`](super::super::Client::promote_resource_account).
#[derive(Clone, Debug)]
pub struct PromoteResourceAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: PromoteResourceAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl PromoteResourceAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        PromoteResourceAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &PromoteResourceAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: PromoteResourceAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 需要升级的资源账号ID。
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
    /// 升级后的云账号登录邮箱。
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
        PromoteResourceAccountResponse,
        ::alibabacloud::Error<PromoteResourceAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl PromoteResourceAccountResponse {}
/// Output of [`PromoteResourceAccount`](super::super::Client::promote_resource_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct PromoteResourceAccountResponse {
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
impl ::std::fmt::Debug for PromoteResourceAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PromoteResourceAccountResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`PromoteResourceAccount`](super::super::Client::promote_resource_account) documents, plus [`Unhandled`](PromoteResourceAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum PromoteResourceAccountError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.Email`: You must specify Email.
    MissingParameterEmail(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Email`: The Email is invalid.
    InvalidParameterEmail(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.Email.AlreadyUsed`: The email has been used.
    InvalidParameterEmailAlreadyUsed(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for PromoteResourceAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                PromoteResourceAccountError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                PromoteResourceAccountError::InvalidParameterAccountId(error)
            }
            "MissingParameter.Email" => {
                PromoteResourceAccountError::MissingParameterEmail(error)
            }
            "InvalidParameter.Email" => {
                PromoteResourceAccountError::InvalidParameterEmail(error)
            }
            "EntityNotExists.Account" => {
                PromoteResourceAccountError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                PromoteResourceAccountError::EntityNotExistsResourceDirectory(error)
            }
            "AccountTypeOrStatusMismatch" => {
                PromoteResourceAccountError::AccountTypeOrStatusMismatch(error)
            }
            "InvalidParameter.Email.AlreadyUsed" => {
                PromoteResourceAccountError::InvalidParameterEmailAlreadyUsed(error)
            }
            _ => PromoteResourceAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            PromoteResourceAccountError::MissingParameterAccountId(error)
            | PromoteResourceAccountError::InvalidParameterAccountId(error)
            | PromoteResourceAccountError::MissingParameterEmail(error)
            | PromoteResourceAccountError::InvalidParameterEmail(error)
            | PromoteResourceAccountError::EntityNotExistsAccount(error)
            | PromoteResourceAccountError::EntityNotExistsResourceDirectory(error)
            | PromoteResourceAccountError::AccountTypeOrStatusMismatch(error)
            | PromoteResourceAccountError::InvalidParameterEmailAlreadyUsed(error)
            | PromoteResourceAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for PromoteResourceAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for PromoteResourceAccountError {}
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
    /// 成员加入状态。
    ///
    /// - CreateSuccess：创建成功。
    /// - CreateVerifying：创建确认中。
    /// - CreateFailed：创建失败。
    /// - CreateExpired：创建过期。
    /// - CreateCancelled：创建取消。
    /// - PromoteVerifying：升级确认中。
    /// - PromoteFailed：升级失败。
    /// - PromoteExpired：升级过期。
    /// - PromoteCancelled：升级取消。
    /// - PromoteSuccess：升级成功。
    /// - InviteSuccess：邀请成功。
    /// - Removed：已移出。
    ///
    /// Wire name `Status`. Example: `PromoteVerifying`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 成员类型。
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
    /// 账号记录ID。
    ///
    /// Wire name `RecordId`. Example: `06950264-3f0d-4ca9-82dd-6ee7a3d33d6b`.
    #[serde(rename = "RecordId", skip_serializing_if = "Option::is_none")]
    pub record_id: ::std::option::Option<::std::string::String>,
    /// 成员加入时间。
    ///
    /// Wire name `JoinTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 账号ID。
    ///
    /// Wire name `AccountId`. Example: `12323344****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员加入方式。
    ///
    /// - invited：邀请。
    /// - created：创建。
    ///
    /// Wire name `JoinMethod`. Example: `created`.
    #[serde(rename = "JoinMethod", skip_serializing_if = "Option::is_none")]
    pub join_method: ::std::option::Option<::std::string::String>,
    /// 账号名称。
    ///
    /// Wire name `AccountName`. Example: `someone@example.com`.
    #[serde(rename = "AccountName", skip_serializing_if = "Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 成员修改时间。
    ///
    /// Wire name `ModifyTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("status", &self.status)
            .field("type_", &self.type_)
            .field("display_name", &self.display_name)
            .field("folder_id", &self.folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("record_id", &self.record_id)
            .field("join_time", &self.join_time)
            .field("account_id", &self.account_id)
            .field("join_method", &self.join_method)
            .field("account_name", &self.account_name)
            .field("modify_time", &self.modify_time)
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
        writer.put_field(key, "RecordId", &self.record_id);
        writer.put_field(key, "JoinTime", &self.join_time);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "AccountName", &self.account_name);
        writer.put_field(key, "ModifyTime", &self.modify_time);
    }
}
