/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "TagResources",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceId",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Tag",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: true,
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
    example_response: "{\"RequestId\":\"E7747EDF-EDDC-5B38-9B6A-6392B9C92B1C\"}",
};
/// Input of [`TagResources`](super::super::Client::tag_resources).
#[derive(Clone, Default, PartialEq)]
pub struct TagResourcesRequest {
    /// 资源组ID或资源目录成员ID。
    ///
    /// 最多可以指定50个。
    ///
    /// Wire name `ResourceId`; required.
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 标签。
    ///
    /// 最多可以绑定20个标签。
    ///
    /// Wire name `Tag`; required.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 资源类型。取值：
    ///
    /// - ResourceGroup（默认值）：为资源组绑定标签。
    /// - Account：为资源目录成员绑定标签。
    ///
    /// > 当为资源目录成员绑定标签时，该参数为必选。
    ///
    /// Wire name `ResourceType`. Example: `ResourceGroup`.
    pub resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourcesRequest")
            .field("resource_id", &self.resource_id)
            .field("tag", &self.tag)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for TagResourcesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceId", &self.resource_id);
        writer.put("Tag", &self.tag);
        writer.put("ResourceType", &self.resource_type);
    }
}
/// Builds and sends a [`TagResourcesRequest`] request; get one from [`Client::tag_resources`](super::super::Client::tag_resources).
#[derive(Clone, Debug)]
pub struct TagResourcesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: TagResourcesRequest,
    options: ::alibabacloud::CallOptions,
}
impl TagResourcesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        TagResourcesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &TagResourcesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: TagResourcesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组ID或资源目录成员ID。
    ///
    /// 最多可以指定50个。
    ///
    /// Wire name `ResourceId`; required.
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
    /// 标签。
    ///
    /// 最多可以绑定20个标签。
    ///
    /// Wire name `Tag`; required.
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
    /// 资源类型。取值：
    ///
    /// - ResourceGroup（默认值）：为资源组绑定标签。
    /// - Account：为资源目录成员绑定标签。
    ///
    /// > 当为资源目录成员绑定标签时，该参数为必选。
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        TagResourcesResponse,
        ::alibabacloud::Error<TagResourcesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl TagResourcesResponse {}
/// 返回结果。
///
/// Output of [`TagResources`](super::super::Client::tag_resources).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct TagResourcesResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `E7747EDF-EDDC-5B38-9B6A-6392B9C92B1C`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourcesResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`TagResources`](super::super::Client::tag_resources) documents, plus [`Unhandled`](TagResourcesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourcesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for TagResourcesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        TagResourcesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            TagResourcesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for TagResourcesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for TagResourcesError {}
/// 标签。
///
/// 最多可以绑定20个标签。
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
    /// 最多支持128个字符，不能以`aliyun`和`acs:`开头，不能包含`http://`或者`https://`。
    ///
    /// Wire name `Key`. Example: `k1`.
    #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// 标签值。
    ///
    /// 最多支持128个字符，不能以`acs:`开头，不能包含`http://`或者`https://`。
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
