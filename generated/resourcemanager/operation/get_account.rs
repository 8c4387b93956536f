/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetAccount",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "IncludeTags",
            kind: ::alibabacloud::__private::ParamKind::Boolean,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Account\":{\"AccountId\":\"181761095690****\",\"AccountName\":\"someone@example.com\",\"DisplayName\":\"admin\",\"EmailStatus\":\"WAIT_MODIFY\",\"FolderId\":\"fd-bVaRIG****\",\"IdentityInformation\":\"aliyun-admin\",\"JoinMethod\":\"created\",\"JoinTime\":\"2015-01-23T12:33:18Z\",\"Location\":\"root/AlRd****/Z5Aa****\",\"ModifyTime\":\"2015-01-23T12:33:18Z\",\"ResourceDirectoryId\":\"rd-k3****\",\"ResourceDirectoryPath\":\"rd-k3****/r-Wm****/fd-bVaRIG****/181761095690****\",\"Status\":\"CreateSuccess\",\"Tags\":[{\"Key\":\"tag_key\",\"Value\":\"tag_value\"}],\"Type\":\"ResourceAccount\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`GetAccount`](super::super::Client::get_account).
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 是否返回标签信息。取值：
    ///
    /// - false（默认值）：不返回。
    /// - true：返回。
    ///
    /// Wire name `IncludeTags`. Example: `true`.
    pub include_tags: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountRequest")
            .field("account_id", &self.account_id)
            .field("include_tags", &self.include_tags)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("IncludeTags", &self.include_tags);
    }
}
/// Builds and sends a [`GetAccountRequest`] request; get one from [`Client::get_account`](super::super::Client::get_account).
#[derive(Clone, Debug)]
pub struct GetAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetAccountRequest) -> Self {
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
    /// 是否返回标签信息。取值：
    ///
    /// - false（默认值）：不返回。
    /// - true：返回。
    ///
    /// Wire name `IncludeTags`. Example: `true`.
    pub fn include_tags(mut self, value: bool) -> Self {
        self.request.include_tags = Some(value);
        self
    }
    ///Sets or clears `IncludeTags`.
    pub fn set_include_tags(mut self, value: ::std::option::Option<bool>) -> Self {
        self.request.include_tags = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        GetAccountResponse,
        ::alibabacloud::Error<GetAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetAccountResponse {}
/// 返回结果。
///
/// Output of [`GetAccount`](super::super::Client::get_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetAccountResponse {
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
impl ::std::fmt::Debug for GetAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetAccount`](super::super::Client::get_account) documents, plus [`Unhandled`](GetAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                GetAccountError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                GetAccountError::InvalidParameterAccountId(error)
            }
            "EntityNotExists.Account" => GetAccountError::EntityNotExistsAccount(error),
            "EntityNotExists.ResourceDirectory" => {
                GetAccountError::EntityNotExistsResourceDirectory(error)
            }
            _ => GetAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetAccountError::MissingParameterAccountId(error)
            | GetAccountError::InvalidParameterAccountId(error)
            | GetAccountError::EntityNotExistsAccount(error)
            | GetAccountError::EntityNotExistsResourceDirectory(error)
            | GetAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetAccountError {}
/// 标签列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tags {
    /// 标签键。
    ///
    /// Wire name `Key`. Example: `tag_key`.
    #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// 标签值。
    ///
    /// Wire name `Value`. Example: `tag_value`.
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tags")
            .field("key", &self.key)
            .field("value", &self.value)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tags {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Key", &self.key);
        writer.put_field(key, "Value", &self.value);
    }
}
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
    /// - PromoteVerifying：升级确认中。
    /// - PromoteFailed：升级失败。
    /// - PromoteExpired：升级过期。
    /// - PromoteCancelled：升级取消。
    /// - PromoteSuccess：升级成功。
    /// - InviteSuccess：邀请成功。
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
    /// 实名认证信息。
    ///
    /// Wire name `IdentityInformation`. Example: `aliyun-admin`.
    #[serde(rename = "IdentityInformation", skip_serializing_if = "Option::is_none")]
    pub identity_information: ::std::option::Option<::std::string::String>,
    /// 成员加入时间。
    ///
    /// Wire name `JoinTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`. Example: `181761095690****`.
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
    /// 成员修改时间。
    ///
    /// Wire name `ModifyTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 账号名称。
    ///
    /// Wire name `AccountName`. Example: `someone@example.com`.
    #[serde(rename = "AccountName", skip_serializing_if = "Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 成员在资源目录中的路径ID（RDPath）。
    ///
    /// Wire name `ResourceDirectoryPath`. Example: `rd-k3****/r-Wm****/fd-bVaRIG****/181761095690****`.
    #[serde(rename = "ResourceDirectoryPath", skip_serializing_if = "Option::is_none")]
    pub resource_directory_path: ::std::option::Option<::std::string::String>,
    /// 标签。
    ///
    /// Wire name `Tags`.
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tags>>,
    /// 成员所在资源目录的位置。
    ///
    /// Wire name `Location`. Example: `root/AlRd****/Z5Aa****`.
    #[serde(rename = "Location", skip_serializing_if = "Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// 邮箱状态。取值：
    ///
    /// - 空：不存在邮箱修改记录。
    /// - WAIT_MODIFY：正在修改中。
    /// - CANCELLED：修改取消。
    /// - EXPIRED：修改过期。
    ///
    /// Wire name `EmailStatus`. Example: `WAIT_MODIFY`.
    #[serde(rename = "EmailStatus", skip_serializing_if = "Option::is_none")]
    pub email_status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("status", &self.status)
            .field("type_", &self.type_)
            .field("display_name", &self.display_name)
            .field("folder_id", &self.folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("identity_information", &self.identity_information)
            .field("join_time", &self.join_time)
            .field("account_id", &self.account_id)
            .field("join_method", &self.join_method)
            .field("modify_time", &self.modify_time)
            .field("account_name", &self.account_name)
            .field("resource_directory_path", &self.resource_directory_path)
            .field("tags", &self.tags)
            .field("location", &self.location)
            .field("email_status", &self.email_status)
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
        writer.put_field(key, "IdentityInformation", &self.identity_information);
        writer.put_field(key, "JoinTime", &self.join_time);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "AccountName", &self.account_name);
        writer.put_field(key, "ResourceDirectoryPath", &self.resource_directory_path);
        writer.put_field(key, "Tags", &self.tags);
        writer.put_field(key, "Location", &self.location);
        writer.put_field(key, "EmailStatus", &self.email_status);
    }
}
