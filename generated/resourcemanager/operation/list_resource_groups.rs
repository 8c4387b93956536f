/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListResourceGroups",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "Status",
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
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "DisplayName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Name",
            kind: ::alibabacloud::__private::ParamKind::String,
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupIds",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"4B450CA1-36E8-4AA2-8461-86B42BF4CC4E\",\"ResourceGroups\":{\"ResourceGroup\":[{\"AccountId\":\"123456789****\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"DisplayName\":\"my-project\",\"Id\":\"rg-9gLOoK****\",\"Name\":\"my-project\",\"Status\":\"OK\",\"Tags\":{\"Tag\":[{\"TagKey\":\"k1\",\"TagValue\":\"v1\"}]}}]},\"TotalCount\":2}",
};
/// Input of [`ListResourceGroups`](super::super::Client::list_resource_groups).
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceGroupsRequest {
    /// 资源组状态，用于查询的过滤条件。取值：
    ///
    /// - Creating：创建中。
    /// - OK：创建成功。
    /// - PendingDelete：等待删除。
    ///
    /// Wire name `Status`. Example: `OK`.
    pub status: ::std::option::Option<::std::string::String>,
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
    /// 资源组ID，用于查询的过滤条件。
    ///
    /// 长度不能超过18个字符，且以`rg-`开头。
    ///
    /// > 该参数已被收编到参数`ResourceGroupIds`，如果您同时设置了`ResourceGroupId`和`ResourceGroupIds`，则会以`ResourceGroupIds`为准。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-9gLOoK****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 资源组显示名称，用于查询的过滤条件。支持模糊查询。
    ///
    /// 长度不能超过50个字符。
    ///
    /// Wire name `DisplayName`. Example: `my-project`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源组唯一标识，用于查询的过滤条件。支持模糊查询。
    ///
    /// 长度不能超过50个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `Name`. Example: `my-project`.
    pub name: ::std::option::Option<::std::string::String>,
    /// 标签，用于查询的过滤条件。
    ///
    /// 最多可以设置20个标签。
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 是否返回标签信息。取值：
    ///
    /// - false（默认值）：不返回。
    ///
    /// - true：返回。
    /// > 当您设置了标签过滤条件后，不论`IncludeTags`为何值，都会返回标签信息。
    ///
    /// Wire name `IncludeTags`. Example: `false`.
    pub include_tags: ::std::option::Option<bool>,
    /// 资源组ID列表，用于查询的过滤条件。
    ///
    /// 最多可以设置100个资源组ID。
    ///
    /// > 如果您同时设置了`ResourceGroupId`和`ResourceGroupIds`，则会以`ResourceGroupIds`为准。
    ///
    /// Wire name `ResourceGroupIds`.
    pub resource_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListResourceGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListResourceGroupsRequest")
            .field("status", &self.status)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("resource_group_id", &self.resource_group_id)
            .field("display_name", &self.display_name)
            .field("name", &self.name)
            .field("tag", &self.tag)
            .field("include_tags", &self.include_tags)
            .field("resource_group_ids", &self.resource_group_ids)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListResourceGroupsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("Status", &self.status);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("DisplayName", &self.display_name);
        writer.put("Name", &self.name);
        writer.put("Tag", &self.tag);
        writer.put("IncludeTags", &self.include_tags);
        writer.put("ResourceGroupIds", &self.resource_group_ids);
    }
}
/// Builds and sends a [`ListResourceGroupsRequest`] request; get one from [`Client::list_resource_groups`](super::super::Client::list_resource_groups).
#[derive(Clone, Debug)]
pub struct ListResourceGroupsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListResourceGroupsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListResourceGroupsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListResourceGroupsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListResourceGroupsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListResourceGroupsRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组状态，用于查询的过滤条件。取值：
    ///
    /// - Creating：创建中。
    /// - OK：创建成功。
    /// - PendingDelete：等待删除。
    ///
    /// Wire name `Status`. Example: `OK`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.status = Some(value.into());
        self
    }
    ///Sets or clears `Status`.
    pub fn set_status(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.status = value;
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
    /// 资源组ID，用于查询的过滤条件。
    ///
    /// 长度不能超过18个字符，且以`rg-`开头。
    ///
    /// > 该参数已被收编到参数`ResourceGroupIds`，如果您同时设置了`ResourceGroupId`和`ResourceGroupIds`，则会以`ResourceGroupIds`为准。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-9gLOoK****`.
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
    /// 资源组显示名称，用于查询的过滤条件。支持模糊查询。
    ///
    /// 长度不能超过50个字符。
    ///
    /// Wire name `DisplayName`. Example: `my-project`.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.display_name = Some(value.into());
        self
    }
    ///Sets or clears `DisplayName`.
    pub fn set_display_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.display_name = value;
        self
    }
    /// 资源组唯一标识，用于查询的过滤条件。支持模糊查询。
    ///
    /// 长度不能超过50个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `Name`. Example: `my-project`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.name = Some(value.into());
        self
    }
    ///Sets or clears `Name`.
    pub fn set_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.name = value;
        self
    }
    /// 标签，用于查询的过滤条件。
    ///
    /// 最多可以设置20个标签。
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
    ///
    /// - false（默认值）：不返回。
    ///
    /// - true：返回。
    /// > 当您设置了标签过滤条件后，不论`IncludeTags`为何值，都会返回标签信息。
    ///
    /// Wire name `IncludeTags`. Example: `false`.
    pub fn include_tags(mut self, value: bool) -> Self {
        self.request.include_tags = Some(value);
        self
    }
    ///Sets or clears `IncludeTags`.
    pub fn set_include_tags(mut self, value: ::std::option::Option<bool>) -> Self {
        self.request.include_tags = value;
        self
    }
    /// 资源组ID列表，用于查询的过滤条件。
    ///
    /// 最多可以设置100个资源组ID。
    ///
    /// > 如果您同时设置了`ResourceGroupId`和`ResourceGroupIds`，则会以`ResourceGroupIds`为准。
    ///
    /// Wire name `ResourceGroupIds`.
    ///
    /// Appends one item; call again to add more.
    pub fn resource_group_ids(
        mut self,
        item: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request
            .resource_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(item.into());
        self
    }
    ///Sets or clears `ResourceGroupIds`.
    pub fn set_resource_group_ids(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.request.resource_group_ids = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListResourceGroupsResponse, ListResourceGroupsError> {
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
        ListResourceGroupsResponse,
        ::alibabacloud::Error<ListResourceGroupsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListResourceGroupsResponse {
    ///The items inside `ResourceGroups`, empty when the service sent none.
    pub fn resource_groups(&self) -> &[ResourceGroup] {
        self.resource_groups
            .as_ref()
            .and_then(|wrapper| wrapper.resource_group.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListResourceGroupsRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListResourceGroupsResponse {
    type Item = ResourceGroup;
    fn item_count(&self) -> usize {
        self.resource_groups().len()
    }
    fn into_items(self) -> ::std::vec::Vec<ResourceGroup> {
        self.resource_groups
            .and_then(|wrapper| wrapper.resource_group)
            .unwrap_or_default()
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
/// Output of [`ListResourceGroups`](super::super::Client::list_resource_groups).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListResourceGroupsResponse {
    /// 符合请求参数条件的数据总条数。
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
    /// Wire name `RequestId`. Example: `4B450CA1-36E8-4AA2-8461-86B42BF4CC4E`.
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
    /// Wire name `ResourceGroups`.
    #[serde(rename = "ResourceGroups", skip_serializing_if = "Option::is_none")]
    pub resource_groups: ::std::option::Option<ResourceGroups>,
}
impl ::std::fmt::Debug for ListResourceGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListResourceGroupsResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("resource_groups", &self.resource_groups)
            .finish()
    }
}
/// The errors [`ListResourceGroups`](super::super::Client::list_resource_groups) documents, plus [`Unhandled`](ListResourceGroupsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceGroupsError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListResourceGroupsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListResourceGroupsError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListResourceGroupsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListResourceGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListResourceGroupsError {}
/// 标签，用于查询的过滤条件。
///
/// 最多可以设置20个标签。
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
pub struct Tag2 {
    /// 标签键。
    ///
    /// Wire name `TagKey`. Example: `k1`.
    #[serde(rename = "TagKey", skip_serializing_if = "Option::is_none")]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// 标签值。
    ///
    /// Wire name `TagValue`. Example: `v1`.
    #[serde(rename = "TagValue", skip_serializing_if = "Option::is_none")]
    pub tag_value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Tag2 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tag2")
            .field("tag_key", &self.tag_key)
            .field("tag_value", &self.tag_value)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tag2 {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "TagKey", &self.tag_key);
        writer.put_field(key, "TagValue", &self.tag_value);
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
    /// 标签列表。
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
/// 资源组列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ResourceGroup {
    /// 资源组显示名称。
    ///
    /// Wire name `DisplayName`. Example: `my-project`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源组状态。取值：
    /// - Creating：创建中。
    /// - OK：创建成功。
    /// - PendingDelete：等待删除。
    ///
    /// Wire name `Status`. Example: `OK`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 资源组所属的阿里云账号ID。
    ///
    /// Wire name `AccountId`. Example: `123456789****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 资源组唯一标识。
    ///
    /// Wire name `Name`. Example: `my-project`.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// 资源组创建时间（UTC时间）。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 资源组ID。
    ///
    /// Wire name `Id`. Example: `rg-9gLOoK****`.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Wire name `Tags`.
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: ::std::option::Option<Tags>,
}
impl ::std::fmt::Debug for ResourceGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceGroup")
            .field("display_name", &self.display_name)
            .field("status", &self.status)
            .field("account_id", &self.account_id)
            .field("name", &self.name)
            .field("create_date", &self.create_date)
            .field("id", &self.id)
            .field("tags", &self.tags)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceGroup {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DisplayName", &self.display_name);
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "Name", &self.name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Id", &self.id);
        writer.put_field(key, "Tags", &self.tags);
    }
}
impl ResourceGroups {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[ResourceGroup] {
        self.resource_group.as_deref().unwrap_or_default()
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
pub struct ResourceGroups {
    /// 资源组列表。
    ///
    /// Wire name `ResourceGroup`.
    #[serde(rename = "ResourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: ::std::option::Option<::std::vec::Vec<ResourceGroup>>,
}
impl ::std::fmt::Debug for ResourceGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceGroups")
            .field("resource_group", &self.resource_group)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceGroups {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "ResourceGroup", &self.resource_group);
    }
}
