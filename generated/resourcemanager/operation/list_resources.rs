/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListResources",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Service",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Region",
            kind: ::alibabacloud::__private::ParamKind::String,
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceTypes",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"Resources\":{\"Resource\":[{\"CreateDate\":\"2015-01-23T12:33:18Z\",\"RegionId\":\"cn-hangzhou\",\"ResourceGroupId\":\"rg-uPJpP****\",\"ResourceId\":\"i-23v38****\",\"ResourceType\":\"instance\",\"Service\":\"ecs\"}]},\"TotalCount\":1}",
};
/// Input of [`ListResources`](super::super::Client::list_resources).
#[derive(Clone, Default, PartialEq)]
pub struct ListResourcesRequest {
    /// 资源组ID。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-uPJpP****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 云服务代码。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取。
    ///
    /// Wire name `Service`. Example: `ecs`.
    pub service: ::std::option::Option<::std::string::String>,
    /// 地域ID。
    ///
    /// Wire name `Region`. Example: `cn-hangzhou`.
    pub region: ::std::option::Option<::std::string::String>,
    /// 资源类型。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 资源ID。
    ///
    /// Wire name `ResourceId`. Example: `i-23v38****`.
    pub resource_id: ::std::option::Option<::std::string::String>,
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
    /// 资源类型列表。最多支持50组。
    ///
    /// > 如果您设置了`ResourceTypes`，则请求参数中单独设置的`Service`和`ResourceType`将不生效。
    ///
    /// Wire name `ResourceTypes`.
    pub resource_types: ::std::option::Option<::std::vec::Vec<ResourceTypes>>,
}
impl ::std::fmt::Debug for ListResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListResourcesRequest")
            .field("resource_group_id", &self.resource_group_id)
            .field("service", &self.service)
            .field("region", &self.region)
            .field("resource_type", &self.resource_type)
            .field("resource_id", &self.resource_id)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("resource_types", &self.resource_types)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListResourcesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("Service", &self.service);
        writer.put("Region", &self.region);
        writer.put("ResourceType", &self.resource_type);
        writer.put("ResourceId", &self.resource_id);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("ResourceTypes", &self.resource_types);
    }
}
/// Builds and sends a [`ListResourcesRequest`] request; get one from [`Client::list_resources`](super::super::Client::list_resources).
#[derive(Clone, Debug)]
pub struct ListResourcesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListResourcesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListResourcesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListResourcesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListResourcesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListResourcesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组ID。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-uPJpP****`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }
    ///Sets or clears `ResourceGroupId`.
    pub fn set_resource_group_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resource_group_id = value;
        self
    }
    /// 云服务代码。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取。
    ///
    /// Wire name `Service`. Example: `ecs`.
    pub fn service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.service = Some(value.into());
        self
    }
    ///Sets or clears `Service`.
    pub fn set_service(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.service = value;
        self
    }
    /// 地域ID。
    ///
    /// Wire name `Region`. Example: `cn-hangzhou`.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.region = Some(value.into());
        self
    }
    ///Sets or clears `Region`.
    pub fn set_region(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.region = value;
        self
    }
    /// 资源类型。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
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
    /// 资源ID。
    ///
    /// Wire name `ResourceId`. Example: `i-23v38****`.
    pub fn resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resource_id = Some(value.into());
        self
    }
    ///Sets or clears `ResourceId`.
    pub fn set_resource_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resource_id = value;
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
    /// 资源类型列表。最多支持50组。
    ///
    /// > 如果您设置了`ResourceTypes`，则请求参数中单独设置的`Service`和`ResourceType`将不生效。
    ///
    /// Wire name `ResourceTypes`.
    ///
    /// Appends one item; call again to add more.
    pub fn resource_types(mut self, item: ResourceTypes) -> Self {
        self.request.resource_types.get_or_insert_with(::std::vec::Vec::new).push(item);
        self
    }
    ///Sets or clears `ResourceTypes`.
    pub fn set_resource_types(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<ResourceTypes>>,
    ) -> Self {
        self.request.resource_types = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListResourcesResponse, ListResourcesError> {
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
        ListResourcesResponse,
        ::alibabacloud::Error<ListResourcesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListResourcesResponse {
    ///The items inside `Resources`, empty when the service sent none.
    pub fn resources(&self) -> &[Resource] {
        self.resources
            .as_ref()
            .and_then(|wrapper| wrapper.resource.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListResourcesRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListResourcesResponse {
    type Item = Resource;
    fn item_count(&self) -> usize {
        self.resources().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Resource> {
        self.resources.and_then(|wrapper| wrapper.resource).unwrap_or_default()
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
/// Output of [`ListResources`](super::super::Client::list_resources).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListResourcesResponse {
    /// 数据总条数。
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
    /// Wire name `RequestId`. Example: `04F0F334-1335-436C-A1D7-6C044FE73368`.
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
    /// Wire name `Resources`.
    #[serde(rename = "Resources", skip_serializing_if = "Option::is_none")]
    pub resources: ::std::option::Option<Resources>,
}
impl ::std::fmt::Debug for ListResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListResourcesResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("resources", &self.resources)
            .finish()
    }
}
/// The errors [`ListResources`](super::super::Client::list_resources) documents, plus [`Unhandled`](ListResourcesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourcesError {
    /// HTTP 400 `InvalidParameter.ResourceIds`: The ResourceIds is invalid.
    InvalidParameterResourceIds(::alibabacloud::ServiceError),
    /// HTTP 400 `LimitExceeded.ResourceIds`: The maximum number of ResourceId is exceeded.
    LimitExceededResourceIds(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListResourcesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ResourceIds" => {
                ListResourcesError::InvalidParameterResourceIds(error)
            }
            "LimitExceeded.ResourceIds" => {
                ListResourcesError::LimitExceededResourceIds(error)
            }
            _ => ListResourcesError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListResourcesError::InvalidParameterResourceIds(error)
            | ListResourcesError::LimitExceededResourceIds(error)
            | ListResourcesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListResourcesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListResourcesError {}
/// 资源类型列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ResourceTypes {
    /// 云服务代码。
    ///
    /// N的取值范围：1~50。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取。
    /// > `ResourceTypes`中的`Service`和`ResourceType`参数必须同时设置，否则将不生效。
    ///
    /// Wire name `Service`. Example: `ecs`.
    #[serde(rename = "Service", skip_serializing_if = "Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    /// 资源类型。
    ///
    /// N的取值范围：1~50。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取。
    /// > `ResourceTypes`中的`Service`和`ResourceType`参数必须同时设置，否则将不生效。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
    #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceTypes")
            .field("service", &self.service)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceTypes {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Service", &self.service);
        writer.put_field(key, "ResourceType", &self.resource_type);
    }
}
/// 资源信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Resource {
    /// 云服务代码。
    ///
    /// Wire name `Service`. Example: `ecs`.
    #[serde(rename = "Service", skip_serializing_if = "Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    /// 资源类型。
    ///
    /// Wire name `ResourceType`. Example: `instance`.
    #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 资源组ID。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-uPJpP****`.
    #[serde(rename = "ResourceGroupId", skip_serializing_if = "Option::is_none")]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 资源ID。
    ///
    /// Wire name `ResourceId`. Example: `i-23v38****`.
    #[serde(rename = "ResourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 资源创建时间（UTC时间）。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 地域ID。
    ///
    /// Wire name `RegionId`. Example: `cn-hangzhou`.
    #[serde(rename = "RegionId", skip_serializing_if = "Option::is_none")]
    pub region_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Resource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Resource")
            .field("service", &self.service)
            .field("resource_type", &self.resource_type)
            .field("resource_group_id", &self.resource_group_id)
            .field("resource_id", &self.resource_id)
            .field("create_date", &self.create_date)
            .field("region_id", &self.region_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Resource {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Service", &self.service);
        writer.put_field(key, "ResourceType", &self.resource_type);
        writer.put_field(key, "ResourceGroupId", &self.resource_group_id);
        writer.put_field(key, "ResourceId", &self.resource_id);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "RegionId", &self.region_id);
    }
}
impl Resources {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Resource] {
        self.resource.as_deref().unwrap_or_default()
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
pub struct Resources {
    /// 资源信息。
    ///
    /// Wire name `Resource`.
    #[serde(rename = "Resource", skip_serializing_if = "Option::is_none")]
    pub resource: ::std::option::Option<::std::vec::Vec<Resource>>,
}
impl ::std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Resources").field("resource", &self.resource).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Resources {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Resource", &self.resource);
    }
}
