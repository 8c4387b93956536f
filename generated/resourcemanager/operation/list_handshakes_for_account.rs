/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListHandshakesForAccount",
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
    ],
    example_response: "{\"Handshakes\":{\"Handshake\":[{\"CreateTime\":\"2018-08-10T09:55:41Z\",\"ExpireTime\":\"2018-08-24T09:55:41Z\",\"HandshakeId\":\"h-4N57QZzCTtES****\",\"MasterAccountId\":\"172841235500****\",\"MasterAccountName\":\"CompanyA\",\"ModifyTime\":\"2018-08-10T09:55:41Z\",\"Note\":\"欢迎您加入\",\"ResourceDirectoryId\":\"rd-abcdef****\",\"Status\":\"Pending\",\"TargetEntity\":\"someone@example.com\",\"TargetType\":\"Email\"}]},\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\",\"TotalCount\":2}",
};
/// Input of [`ListHandshakesForAccount`](super::super::Client::list_handshakes_for_account).
#[derive(Clone, Default, PartialEq)]
pub struct ListHandshakesForAccountRequest {
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据条数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
}
impl ::std::fmt::Debug for ListHandshakesForAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListHandshakesForAccountRequest")
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListHandshakesForAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
    }
}
/// Builds and sends a [`ListHandshakesForAccountRequest`] request; get one from [`Client::list_handshakes_for_account`](super::super::Client::list_handshakes_for_account).
#[derive(Clone, Debug)]
pub struct ListHandshakesForAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListHandshakesForAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListHandshakesForAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListHandshakesForAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListHandshakesForAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListHandshakesForAccountRequest) -> Self {
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
    /// 分页时每页显示的数据条数。
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
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<
        ListHandshakesForAccountResponse,
        ListHandshakesForAccountError,
    > {
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
        ListHandshakesForAccountResponse,
        ::alibabacloud::Error<ListHandshakesForAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListHandshakesForAccountResponse {
    ///The items inside `Handshakes`, empty when the service sent none.
    pub fn handshakes(&self) -> &[Handshake] {
        self.handshakes
            .as_ref()
            .and_then(|wrapper| wrapper.handshake.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListHandshakesForAccountRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListHandshakesForAccountResponse {
    type Item = Handshake;
    fn item_count(&self) -> usize {
        self.handshakes().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Handshake> {
        self.handshakes.and_then(|wrapper| wrapper.handshake).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回结果
///
/// Output of [`ListHandshakesForAccount`](super::super::Client::list_handshakes_for_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListHandshakesForAccountResponse {
    /// 邀请记录总条数。
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
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据条数。
    ///
    /// Wire name `PageSize`. Example: `10`.
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
    /// Wire name `Handshakes`.
    #[serde(rename = "Handshakes", skip_serializing_if = "Option::is_none")]
    pub handshakes: ::std::option::Option<Handshakes>,
}
impl ::std::fmt::Debug for ListHandshakesForAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListHandshakesForAccountResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("handshakes", &self.handshakes)
            .finish()
    }
}
/// The errors [`ListHandshakesForAccount`](super::super::Client::list_handshakes_for_account) documents, plus [`Unhandled`](ListHandshakesForAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHandshakesForAccountError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListHandshakesForAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListHandshakesForAccountError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListHandshakesForAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListHandshakesForAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListHandshakesForAccountError {}
/// 邀请记录
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Handshake {
    /// 邀请状态。取值：
    ///
    /// - Pending：等待确认。
    /// - Accepted：已接受。
    /// - Cancelled：已取消。
    /// - Declined：已拒绝。
    /// - Expired：超时。
    ///
    /// Wire name `Status`. Example: `Pending`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 邀请的过期时间（UTC时间）。
    ///
    /// Wire name `ExpireTime`. Example: `2018-08-24T09:55:41Z`.
    #[serde(rename = "ExpireTime", skip_serializing_if = "Option::is_none")]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-abcdef****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 邀请的创建时间（UTC时间）。
    ///
    /// Wire name `CreateTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// 被邀请的阿里云账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`. Example: `someone@example.com`.
    #[serde(rename = "TargetEntity", skip_serializing_if = "Option::is_none")]
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172841235500****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `CompanyA`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 邀请的修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 被邀请的阿里云账号类型。取值：
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`. Example: `Email`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`. Example: `h-4N57QZzCTtES****`.
    #[serde(rename = "HandshakeId", skip_serializing_if = "Option::is_none")]
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Handshake {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Handshake")
            .field("status", &self.status)
            .field("expire_time", &self.expire_time)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("create_time", &self.create_time)
            .field("note", &self.note)
            .field("target_entity", &self.target_entity)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
            .field("modify_time", &self.modify_time)
            .field("target_type", &self.target_type)
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Handshake {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "ExpireTime", &self.expire_time);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "Note", &self.note);
        writer.put_field(key, "TargetEntity", &self.target_entity);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "TargetType", &self.target_type);
        writer.put_field(key, "HandshakeId", &self.handshake_id);
    }
}
impl Handshakes {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Handshake] {
        self.handshake.as_deref().unwrap_or_default()
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
pub struct Handshakes {
    /// 邀请记录。
    ///
    /// Wire name `Handshake`.
    #[serde(rename = "Handshake", skip_serializing_if = "Option::is_none")]
    pub handshake: ::std::option::Option<::std::vec::Vec<Handshake>>,
}
impl ::std::fmt::Debug for Handshakes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Handshakes").field("handshake", &self.handshake).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Handshakes {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Handshake", &self.handshake);
    }
}
