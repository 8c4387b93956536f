/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListAccounts",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageNumber",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageSize",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Tag",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
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
    example_response: "{\"Accounts\":{\"Account\":[{\"AccountId\":\"181761095690****\",\"DisplayName\":\"test\",\"FolderId\":\"fd-QRzuim****\",\"JoinMethod\":\"created\",\"JoinTime\":\"2021-01-18T08:01:50.522Z\",\"ModifyTime\":\"2021-01-18T08:04:37.668Z\",\"ResourceDirectoryId\":\"rd-3G****\",\"ResourceDirectoryPath\":\"rd-3G****/r-Wm****/fd-QRzuim****/181761095690****\",\"Status\":\"CreateSuccess\",\"Tags\":{\"Tag\":[{\"Key\":\"tag_key\",\"Value\":\"tag_value\"}]},\"Type\":\"ResourceAccount\"}]},\"PageNumber\":1,\"PageSize\":5,\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\",\"TotalCount\":2}",
};
/// Input of [`ListAccounts`](super::super::Client::list_accounts).
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountsRequest {
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
    /// 通过标签过滤。
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 是否返回标签信息。取值：
    /// - false（默认值）：不返回。
    /// - true：返回。
    ///
    /// Wire name `IncludeTags`. Example: `true`.
    pub include_tags: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ListAccountsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccountsRequest")
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("tag", &self.tag)
            .field("include_tags", &self.include_tags)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListAccountsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("Tag", &self.tag);
        writer.put("IncludeTags", &self.include_tags);
    }
}
/// Builds and sends a [`ListAccountsRequest`] request; get one from [`Client::list_accounts`](super::super::Client::list_accounts).
#[derive(Clone, Debug)]
pub struct ListAccountsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListAccountsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListAccountsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListAccountsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListAccountsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListAccountsRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.request.page_number = Some(value);
        self
    }
    ///Sets or clears `PageNumber`.
    pub fn set_page_number(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_number = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.request.page_size = Some(value);
        self
    }
    ///Sets or clears `PageSize`.
    pub fn set_page_size(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_size = value;
        self
    }
    /// 通过标签过滤。
    ///
    /// Wire name `Tag`.
    ///
    /// Appends one item; call again to add more.
    pub fn tag(mut self, item: Tag) -> Self {
        self.request.tag.get_or_insert_with(::std::vec::Vec::new).push(item);
        self
    }
    ///Sets or clears `Tag`.
    pub fn set_tag(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }
    /// 是否返回标签信息。取值：
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
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListAccountsResponse, ListAccountsError> {
        ::alibabacloud::__private::paginate(
            self.handle,
            &OPERATION,
            self.request,
            self.options,
            ::alibabacloud::__private::PageStyle::PageNumber,
        )
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListAccountsResponse,
        ::alibabacloud::Error<ListAccountsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListAccountsResponse {
    ///The items inside `Accounts`, empty when the service sent none.
    pub fn accounts(&self) -> &[Account] {
        self.accounts
            .as_ref()
            .and_then(|wrapper| wrapper.account.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListAccountsRequest {
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
    fn page_number(&self) -> ::std::option::Option<i64> {
        self.page_number.map(i64::from)
    }
    fn set_page_number(&mut self, page: i64) {
        self.page_number = ::std::convert::TryFrom::try_from(page).ok();
    }
}
impl ::alibabacloud::__private::PagedResponse for ListAccountsResponse {
    type Item = Account;
    fn item_count(&self) -> usize {
        self.accounts().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Account> {
        self.accounts.and_then(|wrapper| wrapper.account).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回结果。
///
/// Output of [`ListAccounts`](super::super::Client::list_accounts).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListAccountsResponse {
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
    ///
    /// Wire name `PageSize`. Example: `5`.
    #[serde(
        rename = "PageSize",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 页码。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    #[serde(
        rename = "PageNumber",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// Wire name `Accounts`.
    #[serde(rename = "Accounts", skip_serializing_if = "Option::is_none")]
    pub accounts: ::std::option::Option<Accounts>,
}
impl ::std::fmt::Debug for ListAccountsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccountsResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("accounts", &self.accounts)
            .finish()
    }
}
/// The errors [`ListAccounts`](super::super::Client::list_accounts) documents, plus [`Unhandled`](ListAccountsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccountsError {
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListAccountsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.ResourceDirectory" => {
                ListAccountsError::EntityNotExistsResourceDirectory(error)
            }
            _ => ListAccountsError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListAccountsError::EntityNotExistsResourceDirectory(error)
            | ListAccountsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListAccountsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListAccountsError {}
/// 过滤的标签列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tag {
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
impl ::std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tag")
            .field("key", &self.key)
            .field("value", &self.value)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tag {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Key", &self.key);
        writer.put_field(key, "Value", &self.value);
    }
}
/// 成员所有的标签列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tag2 {
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
impl ::std::fmt::Debug for Tag2 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tag2")
            .field("key", &self.key)
            .field("value", &self.value)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tag2 {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Key", &self.key);
        writer.put_field(key, "Value", &self.value);
    }
}
impl Tags {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Tag2] {
        self.tag.as_deref().unwrap_or_default()
    }
}
/// A structure the service defines.
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tags {
    /// 成员所有的标签。
    ///
    /// Wire name `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag2>>,
}
impl ::std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tags").field("tag", &self.tag).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tags {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Tag", &self.tag);
    }
}
/// 成员列表。
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
    /// Wire name `DisplayName`. Example: `test`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`. Example: `fd-QRzuim****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-3G****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 成员加入时间（UTC时间）。
    ///
    /// Wire name `JoinTime`. Example: `2021-01-18T08:01:50.522Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 成员账号ID。
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
    /// 成员修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2021-01-18T08:04:37.668Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 成员在资源目录中的路径ID（RDPath）。
    ///
    /// Wire name `ResourceDirectoryPath`. Example: `rd-3G****/r-Wm****/fd-QRzuim****/181761095690****`.
    #[serde(rename = "ResourceDirectoryPath", skip_serializing_if = "Option::is_none")]
    pub resource_directory_path: ::std::option::Option<::std::string::String>,
    /// Wire name `Tags`.
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: ::std::option::Option<Tags>,
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
            .field("resource_directory_path", &self.resource_directory_path)
            .field("tags", &self.tags)
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
        writer.put_field(key, "ResourceDirectoryPath", &self.resource_directory_path);
        writer.put_field(key, "Tags", &self.tags);
    }
}
impl Accounts {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Account] {
        self.account.as_deref().unwrap_or_default()
    }
}
/// A structure the service defines.
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Accounts {
    /// 成员列表。
    ///
    /// Wire name `Account`.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: ::std::option::Option<::std::vec::Vec<Account>>,
}
impl ::std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Accounts").field("account", &self.account).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Accounts {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Account", &self.account);
    }
}
