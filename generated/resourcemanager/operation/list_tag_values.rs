/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListTagValues",
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
            name: "ResourceType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "TagKey",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "ValueFilter",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"NextToken\":\"TGlzdFJlc291cm****\",\"RequestId\":\"DC09A6AA-2713-4E10-A2E9-E6C5C43A8842\",\"Tags\":[{\"Value\":\"v1\"}]}",
};
/// Input of [`ListTagValues`](super::super::Client::list_tag_values).
#[derive(Clone, Default, PartialEq)]
pub struct ListTagValuesRequest {
    /// 下一个查询开始的Token。
    ///
    /// Wire name `NextToken`. Example: `TGlzdFJlc291cm****`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// 单次请求返回结果的最大条数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `MaxResults`. Example: `10`.
    pub max_results: ::std::option::Option<i32>,
    /// 资源类型。
    ///
    /// 取值：Account，表示资源目录的成员。
    ///
    /// Wire name `ResourceType`; required. Example: `Account`.
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 标签键，用于查询的过滤条件。
    ///
    /// Wire name `TagKey`; required. Example: `k1`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// 模糊查询的标签值。
    ///
    /// Wire name `ValueFilter`. Example: `v1`.
    pub value_filter: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagValuesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagValuesRequest")
            .field("next_token", &self.next_token)
            .field("max_results", &self.max_results)
            .field("resource_type", &self.resource_type)
            .field("tag_key", &self.tag_key)
            .field("value_filter", &self.value_filter)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListTagValuesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("NextToken", &self.next_token);
        writer.put("MaxResults", &self.max_results);
        writer.put("ResourceType", &self.resource_type);
        writer.put("TagKey", &self.tag_key);
        writer.put("ValueFilter", &self.value_filter);
    }
}
/// Builds and sends a [`ListTagValuesRequest`] request; get one from [`Client::list_tag_values`](super::super::Client::list_tag_values).
#[derive(Clone, Debug)]
pub struct ListTagValuesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListTagValuesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListTagValuesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListTagValuesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListTagValuesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListTagValuesRequest) -> Self {
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
    /// Wire name `NextToken`. Example: `TGlzdFJlc291cm****`.
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
    /// 单次请求返回结果的最大条数。
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
    /// 资源类型。
    ///
    /// 取值：Account，表示资源目录的成员。
    ///
    /// Wire name `ResourceType`; required. Example: `Account`.
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
    /// 标签键，用于查询的过滤条件。
    ///
    /// Wire name `TagKey`; required. Example: `k1`.
    pub fn tag_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.tag_key = Some(value.into());
        self
    }
    ///Sets or clears `TagKey`.
    pub fn set_tag_key(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.tag_key = value;
        self
    }
    /// 模糊查询的标签值。
    ///
    /// Wire name `ValueFilter`. Example: `v1`.
    pub fn value_filter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.value_filter = Some(value.into());
        self
    }
    ///Sets or clears `ValueFilter`.
    pub fn set_value_filter(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.value_filter = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListTagValuesResponse, ListTagValuesError> {
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
        ListTagValuesResponse,
        ::alibabacloud::Error<ListTagValuesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListTagValuesResponse {}
impl ::alibabacloud::__private::PagedRequest for ListTagValuesRequest {
    fn set_next_token(&mut self, token: ::std::string::String) {
        self.next_token = Some(token);
    }
}
impl ::alibabacloud::__private::PagedResponse for ListTagValuesResponse {
    type Item = Tags;
    fn item_count(&self) -> usize {
        self.tags.as_ref().map_or(0, |items| items.len())
    }
    fn into_items(self) -> ::std::vec::Vec<Tags> {
        self.tags.unwrap_or_default()
    }
    fn next_token(&self) -> ::std::option::Option<&str> {
        self.next_token.as_deref()
    }
}
/// 返回结果。
///
/// Output of [`ListTagValues`](super::super::Client::list_tag_values).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListTagValuesResponse {
    /// 根据NextToken判断是否具备下一个查询开始的Token。取值：
    ///
    /// - 如果NextToken为空，即`"NextToken": ""`，表示没有下一个。
    /// - 如果NextToken有值，则该值就是下一个查询开始的Token。
    ///
    /// Wire name `NextToken`. Example: `TGlzdFJlc291cm****`.
    #[serde(rename = "NextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `DC09A6AA-2713-4E10-A2E9-E6C5C43A8842`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 标签值信息。
    ///
    /// Wire name `Tags`.
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tags>>,
}
impl ::std::fmt::Debug for ListTagValuesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagValuesResponse")
            .field("next_token", &self.next_token)
            .field("request_id", &self.request_id)
            .field("tags", &self.tags)
            .finish()
    }
}
/// The errors [`ListTagValues`](super::super::Client::list_tag_values) documents, plus [`Unhandled`](ListTagValuesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagValuesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListTagValuesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListTagValuesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListTagValuesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListTagValuesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListTagValuesError {}
/// 标签值信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tags {
    /// 标签值。
    ///
    /// Wire name `Value`. Example: `v1`.
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tags").field("value", &self.value).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tags {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Value", &self.value);
    }
}
