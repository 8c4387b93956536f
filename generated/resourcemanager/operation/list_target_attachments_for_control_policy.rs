/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListTargetAttachmentsForControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
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
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"B32BD3D6-1089-41F3-8E70-E0079BC7D760\",\"TargetAttachments\":{\"TargetAttachment\":[{\"AttachDate\":\"2021-03-19T02:56:24Z\",\"TargetId\":\"fd-ZDNPiT****\",\"TargetName\":\"Dev_Department\",\"TargetType\":\"Folder\"}]},\"TotalCount\":1}",
};
/// Input of [`ListTargetAttachmentsForControlPolicy`](super::super::Client::list_target_attachments_for_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct ListTargetAttachmentsForControlPolicyRequest {
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
    pub policy_id: ::std::option::Option<::std::string::String>,
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
impl ::std::fmt::Debug for ListTargetAttachmentsForControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTargetAttachmentsForControlPolicyRequest")
            .field("policy_id", &self.policy_id)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams
for ListTargetAttachmentsForControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyId", &self.policy_id);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
    }
}
/// Builds and sends a [`ListTargetAttachmentsForControlPolicyRequest`] request; get one from [`Client::list_target_attachments_for_control_policy`](super::super::Client::list_target_attachments_for_control_policy).
#[derive(Clone, Debug)]
pub struct ListTargetAttachmentsForControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListTargetAttachmentsForControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListTargetAttachmentsForControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListTargetAttachmentsForControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListTargetAttachmentsForControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(
        mut self,
        request: ListTargetAttachmentsForControlPolicyRequest,
    ) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
    pub fn policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_id = Some(value.into());
        self
    }
    ///Sets or clears `PolicyId`.
    pub fn set_policy_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_id = value;
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
        ListTargetAttachmentsForControlPolicyResponse,
        ListTargetAttachmentsForControlPolicyError,
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
        ListTargetAttachmentsForControlPolicyResponse,
        ::alibabacloud::Error<ListTargetAttachmentsForControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListTargetAttachmentsForControlPolicyResponse {
    ///The items inside `TargetAttachments`, empty when the service sent none.
    pub fn target_attachments(&self) -> &[TargetAttachment] {
        self.target_attachments
            .as_ref()
            .and_then(|wrapper| wrapper.target_attachment.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest
for ListTargetAttachmentsForControlPolicyRequest {
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
impl ::alibabacloud::__private::PagedResponse
for ListTargetAttachmentsForControlPolicyResponse {
    type Item = TargetAttachment;
    fn item_count(&self) -> usize {
        self.target_attachments().len()
    }
    fn into_items(self) -> ::std::vec::Vec<TargetAttachment> {
        self.target_attachments
            .and_then(|wrapper| wrapper.target_attachment)
            .unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// Output of [`ListTargetAttachmentsForControlPolicy`](super::super::Client::list_target_attachments_for_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListTargetAttachmentsForControlPolicyResponse {
    /// 绑定的目标节点数量。
    ///
    /// Wire name `TotalCount`. Example: `1`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `B32BD3D6-1089-41F3-8E70-E0079BC7D760`.
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
    /// Wire name `TargetAttachments`.
    #[serde(rename = "TargetAttachments", skip_serializing_if = "Option::is_none")]
    pub target_attachments: ::std::option::Option<TargetAttachments>,
}
impl ::std::fmt::Debug for ListTargetAttachmentsForControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTargetAttachmentsForControlPolicyResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("target_attachments", &self.target_attachments)
            .finish()
    }
}
/// The errors [`ListTargetAttachmentsForControlPolicy`](super::super::Client::list_target_attachments_for_control_policy) documents, plus [`Unhandled`](ListTargetAttachmentsForControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTargetAttachmentsForControlPolicyError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for ListTargetAttachmentsForControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListTargetAttachmentsForControlPolicyError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListTargetAttachmentsForControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListTargetAttachmentsForControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListTargetAttachmentsForControlPolicyError {}
/// 绑定的目标节点列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct TargetAttachment {
    /// 绑定的目标节点ID。
    ///
    /// Wire name `TargetId`. Example: `fd-ZDNPiT****`.
    #[serde(rename = "TargetId", skip_serializing_if = "Option::is_none")]
    pub target_id: ::std::option::Option<::std::string::String>,
    /// 绑定的目标节点名称。
    ///
    /// Wire name `TargetName`. Example: `Dev_Department`.
    #[serde(rename = "TargetName", skip_serializing_if = "Option::is_none")]
    pub target_name: ::std::option::Option<::std::string::String>,
    /// 管控策略绑定时间。
    ///
    /// Wire name `AttachDate`. Example: `2021-03-19T02:56:24Z`.
    #[serde(rename = "AttachDate", skip_serializing_if = "Option::is_none")]
    pub attach_date: ::std::option::Option<::std::string::String>,
    /// 绑定的目标节点类型。取值：
    ///
    /// - Root：Root节点。
    /// - Folder：资源夹。
    /// - Account：成员账号。
    ///
    /// Wire name `TargetType`. Example: `Folder`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TargetAttachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TargetAttachment")
            .field("target_id", &self.target_id)
            .field("target_name", &self.target_name)
            .field("attach_date", &self.attach_date)
            .field("target_type", &self.target_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for TargetAttachment {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "TargetId", &self.target_id);
        writer.put_field(key, "TargetName", &self.target_name);
        writer.put_field(key, "AttachDate", &self.attach_date);
        writer.put_field(key, "TargetType", &self.target_type);
    }
}
impl TargetAttachments {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[TargetAttachment] {
        self.target_attachment.as_deref().unwrap_or_default()
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
pub struct TargetAttachments {
    /// 绑定的目标节点列表。
    ///
    /// Wire name `TargetAttachment`.
    #[serde(rename = "TargetAttachment", skip_serializing_if = "Option::is_none")]
    pub target_attachment: ::std::option::Option<::std::vec::Vec<TargetAttachment>>,
}
impl ::std::fmt::Debug for TargetAttachments {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TargetAttachments")
            .field("target_attachment", &self.target_attachment)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for TargetAttachments {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "TargetAttachment", &self.target_attachment);
    }
}
