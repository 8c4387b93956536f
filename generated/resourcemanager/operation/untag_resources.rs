/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UntagResources",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "All",
            kind: ::alibabacloud::__private::ParamKind::Boolean,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceId",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "TagKey",
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
    example_response: "{\"RequestId\":\"E7747EDF-EDDC-5B38-9B6A-6392B9C92B1C\"}",
};
/// Input of [`UntagResources`](super::super::Client::untag_resources).
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourcesRequest {
    /// 是否解绑指定资源组或资源目录成员的全部标签。取值：
    /// - false（默认值）：否
    /// - true：是
    ///
    /// Wire name `All`. Example: `false`.
    pub all: ::std::option::Option<bool>,
    /// 资源组ID或资源目录成员ID。
    ///
    /// 最多可以指定50个。
    ///
    /// Wire name `ResourceId`; required.
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 标签键。
    ///
    /// 最多可以解绑20个标签键。
    ///
    /// > 当解绑全部标签的参数`All`取值为`true`时，不需要设置标签键。
    ///
    /// Wire name `TagKey`.
    pub tag_key: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 资源类型。取值：
    ///
    /// - ResourceGroup（默认值）：解绑资源组的标签。
    /// - Account：解绑资源目录成员的标签。
    ///
    /// > 当解绑资源目录成员的标签时，该参数为必选。
    ///
    /// Wire name `ResourceType`. Example: `ResourceGroup`.
    pub resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UntagResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourcesRequest")
            .field("all", &self.all)
            .field("resource_id", &self.resource_id)
            .field("tag_key", &self.tag_key)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UntagResourcesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("All", &self.all);
        writer.put("ResourceId", &self.resource_id);
        writer.put("TagKey", &self.tag_key);
        writer.put("ResourceType", &self.resource_type);
    }
}
/// Builds and sends a [`UntagResourcesRequest`] request; get one from [`Client::untag_resources`](super::super::Client::untag_resources).
#[derive(Clone, Debug)]
pub struct UntagResourcesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UntagResourcesRequest,
    options: ::alibabacloud::CallOptions,
}
impl UntagResourcesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UntagResourcesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UntagResourcesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UntagResourcesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 是否解绑指定资源组或资源目录成员的全部标签。取值：
    /// - false（默认值）：否
    /// - true：是
    ///
    /// Wire name `All`. Example: `false`.
    pub fn all(mut self, value: bool) -> Self {
        self.request.all = Some(value);
        self
    }
    ///Sets or clears `All`.
    pub fn set_all(mut self, value: ::std::option::Option<bool>) -> Self {
        self.request.all = value;
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
    /// 标签键。
    ///
    /// 最多可以解绑20个标签键。
    ///
    /// > 当解绑全部标签的参数`All`取值为`true`时，不需要设置标签键。
    ///
    /// Wire name `TagKey`.
    ///
    /// Appends one item; call again to add more.
    pub fn tag_key(
        mut self,
        item: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.tag_key.get_or_insert_with(::std::vec::Vec::new).push(item.into());
        self
    }
    ///Sets or clears `TagKey`.
    pub fn set_tag_key(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.request.tag_key = value;
        self
    }
    /// 资源类型。取值：
    ///
    /// - ResourceGroup（默认值）：解绑资源组的标签。
    /// - Account：解绑资源目录成员的标签。
    ///
    /// > 当解绑资源目录成员的标签时，该参数为必选。
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
        UntagResourcesResponse,
        ::alibabacloud::Error<UntagResourcesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UntagResourcesResponse {}
/// 返回结果。
///
/// Output of [`UntagResources`](super::super::Client::untag_resources).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UntagResourcesResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `E7747EDF-EDDC-5B38-9B6A-6392B9C92B1C`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UntagResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourcesResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`UntagResources`](super::super::Client::untag_resources) documents, plus [`Unhandled`](UntagResourcesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourcesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for UntagResourcesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        UntagResourcesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UntagResourcesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UntagResourcesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UntagResourcesError {}
