/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListTagResources",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "NextToken",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "MaxResults",
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
            name: "ResourceId",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"NextToken\":\"caeba0bbb2be03f84eb48b699f0a****\",\"RequestId\":\"8054B059-6B36-53BF-AA45-B8C9A0ED05AB\",\"TagResources\":[{\"ResourceId\":\"rg-aekz6bre2uq****\",\"ResourceType\":\"resourcegroup\",\"TagKey\":\"k1\",\"TagValue\":\"k1\"}]}",
};
/// Input of [`ListTagResources`](super::super::Client::list_tag_resources).
#[derive(Clone, Default, PartialEq)]
pub struct ListTagResourcesRequest {
    /// 下一个查询开始的Token。
    ///
    /// Wire name `NextToken`. Example: `caeba0bbb2be03f84eb48b699f0a****`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `MaxResults`. Example: `10`.
    pub max_results: ::std::option::Option<i32>,
    /// 标签。查询的过滤条件。
    ///
    /// 最多可以指定20个标签。
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 资源组ID或资源目录成员ID。查询的过滤条件。
    ///
    /// > 查询资源目录成员绑定的标签列表时，必须同时指定`ResourceId`和`ResourceType`，且`ResourceType`取值为`Account`。
    ///
    /// Wire name `ResourceId`.
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 资源类型。查询的过滤条件。取值：
    ///
    /// - ResourceGroup（默认值）：查询资源组的标签。
    /// - Account：查询资源目录成员的标签。
    ///
    /// Wire name `ResourceType`. Example: `ResourceGroup`.
    pub resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagResourcesRequest")
            .field("next_token", &self.next_token)
            .field("max_results", &self.max_results)
            .field("tag", &self.tag)
            .field("resource_id", &self.resource_id)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListTagResourcesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("NextToken", &self.next_token);
        writer.put("MaxResults", &self.max_results);
        writer.put("Tag", &self.tag);
        writer.put("ResourceId", &self.resource_id);
        writer.put("ResourceType", &self.resource_type);
    }
}
/// Builds and sends a [`ListTagResourcesRequest`] request; get one from [`Client::list_tag_resources`](super::super::Client::list_tag_resources).
#[derive(Clone, Debug)]
pub struct ListTagResourcesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListTagResourcesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListTagResourcesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListTagResourcesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListTagResourcesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListTagResourcesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 下一个查询开始的Token。
    ///
    /// Wire name `NextToken`. Example: `caeba0bbb2be03f84eb48b699f0a****`.
    pub fn next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.next_token = Some(value.into());
        self
    }
    ///Sets or clears `NextToken`.
    pub fn set_next_token(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.next_token = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `MaxResults`. Example: `10`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.request.max_results = Some(value);
        self
    }
    ///Sets or clears `MaxResults`.
    pub fn set_max_results(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.max_results = value;
        self
    }
    /// 标签。查询的过滤条件。
    ///
    /// 最多可以指定20个标签。
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
    /// 资源组ID或资源目录成员ID。查询的过滤条件。
    ///
    /// > 查询资源目录成员绑定的标签列表时，必须同时指定`ResourceId`和`ResourceType`，且`ResourceType`取值为`Account`。
    ///
    /// Wire name `ResourceId`.
    ///
    /// Appends one item; call again to add more.
    pub fn resource_id(
        mut self,
        item: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request
            .resource_id
            .get_or_insert_with(::std::vec::Vec::new)
            .push(item.into());
        self
    }
    ///Sets or clears `ResourceId`.
    pub fn set_resource_id(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.request.resource_id = value;
        self
    }
    /// 资源类型。查询的过滤条件。取值：
    ///
    /// - ResourceGroup（默认值）：查询资源组的标签。
    /// - Account：查询资源目录成员的标签。
    ///
    /// Wire name `ResourceType`. Example: `ResourceGroup`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }
    ///Sets or clears `ResourceType`.
    pub fn set_resource_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resource_type = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListTagResourcesResponse, ListTagResourcesError> {
        ::alibabacloud::__private::paginate(
            self.handle,
            &OPERATION,
            self.request,
            self.options,
            ::alibabacloud::__private::PageStyle::NextToken,
        )
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListTagResourcesResponse,
        ::alibabacloud::Error<ListTagResourcesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListTagResourcesResponse {}
impl ::alibabacloud::__private::PagedRequest for ListTagResourcesRequest {
    fn set_next_token(&mut self, token: ::std::string::String) {
        self.next_token = Some(token);
    }
}
impl ::alibabacloud::__private::PagedResponse for ListTagResourcesResponse {
    type Item = TagResources;
    fn item_count(&self) -> usize {
        self.tag_resources.as_ref().map_or(0, |items| items.len())
    }
    fn into_items(self) -> ::std::vec::Vec<TagResources> {
        self.tag_resources.unwrap_or_default()
    }
    fn next_token(&self) -> ::std::option::Option<&str> {
        self.next_token.as_deref()
    }
}
/// 返回结果。
///
/// Output of [`ListTagResources`](super::super::Client::list_tag_resources).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListTagResourcesResponse {
    /// 根据`NextToken`判断是否具备下一个查询开始的`Token`。取值：
    ///
    /// - 如果`NextToken`为空，即`"NextToken": ""`，表示没有下一个。
    /// - 如果`NextToken`有值，则该值就是下一个查询开始的`Token`。
    ///
    /// Wire name `NextToken`. Example: `caeba0bbb2be03f84eb48b699f0a****`.
    #[serde(rename = "NextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `8054B059-6B36-53BF-AA45-B8C9A0ED05AB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 标签列表。
    ///
    /// Wire name `TagResources`.
    #[serde(rename = "TagResources", skip_serializing_if = "Option::is_none")]
    pub tag_resources: ::std::option::Option<::std::vec::Vec<TagResources>>,
}
impl ::std::fmt::Debug for ListTagResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagResourcesResponse")
            .field("next_token", &self.next_token)
            .field("request_id", &self.request_id)
            .field("tag_resources", &self.tag_resources)
            .finish()
    }
}
/// The errors [`ListTagResources`](super::super::Client::list_tag_resources) documents, plus [`Unhandled`](ListTagResourcesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagResourcesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListTagResourcesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListTagResourcesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListTagResourcesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListTagResourcesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListTagResourcesError {}
/// 标签。查询的过滤条件。
///
/// 最多可以指定20个标签。
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
    /// Wire name `Key`. Example: `k1`.
    #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// 标签值。
    ///
    /// Wire name `Value`. Example: `v1`.
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
/// 标签列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct TagResources {
    /// 标签值。
    ///
    /// Wire name `TagValue`. Example: `k1`.
    #[serde(rename = "TagValue", skip_serializing_if = "Option::is_none")]
    pub tag_value: ::std::option::Option<::std::string::String>,
    /// 资源组ID或资源目录成员ID。
    ///
    /// Wire name `ResourceId`. Example: `rg-aekz6bre2uq****`.
    #[serde(rename = "ResourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 标签键。
    ///
    /// Wire name `TagKey`. Example: `k1`.
    #[serde(rename = "TagKey", skip_serializing_if = "Option::is_none")]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// 资源类型。取值：
    ///
    /// - resourcegroup：资源组。
    /// - Account：资源目录成员。
    ///
    /// Wire name `ResourceType`. Example: `resourcegroup`.
    #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResources")
            .field("tag_value", &self.tag_value)
            .field("resource_id", &self.resource_id)
            .field("tag_key", &self.tag_key)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for TagResources {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "TagValue", &self.tag_value);
        writer.put_field(key, "ResourceId", &self.resource_id);
        writer.put_field(key, "TagKey", &self.tag_key);
        writer.put_field(key, "ResourceType", &self.resource_type);
    }
}
