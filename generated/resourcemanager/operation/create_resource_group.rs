/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateResourceGroup",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "Name",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "DisplayName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
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
    ],
    example_response: "{\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"ResourceGroup\":{\"AccountId\":\"151266687691****\",\"CreateDate\":\"2021-06-05T14:39:13+08:00\",\"DisplayName\":\"my-project\",\"Id\":\"rg-9gLOoK****\",\"Name\":\"my-project\",\"RegionStatuses\":{\"RegionStatus\":[{\"RegionId\":\"cn-qingdao\",\"Status\":\"Creating\"}]},\"Status\":\"Creating\"}}",
};
/// Input of [`CreateResourceGroup`](super::super::Client::create_resource_group).
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceGroupRequest {
    /// 资源组唯一标识。
    ///
    /// 长度为3~50个字符，可包含英文字母、数字和短划线（-）。必须以英文字母开头。
    ///
    /// Wire name `Name`; required. Example: `my-project`.
    pub name: ::std::option::Option<::std::string::String>,
    /// 资源组显示名称。
    ///
    /// 长度为1~50个字符或汉字。
    ///
    /// Wire name `DisplayName`; required. Example: `my-project`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 标签。
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
}
impl ::std::fmt::Debug for CreateResourceGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateResourceGroupRequest")
            .field("name", &self.name)
            .field("display_name", &self.display_name)
            .field("tag", &self.tag)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateResourceGroupRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("Name", &self.name);
        writer.put("DisplayName", &self.display_name);
        writer.put("Tag", &self.tag);
    }
}
/// Builds and sends a [`CreateResourceGroupRequest`] request; get one from [`Client::create_resource_group`](super::super::Client::create_resource_group).
#[derive(Clone, Debug)]
pub struct CreateResourceGroupFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateResourceGroupRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateResourceGroupFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateResourceGroupFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateResourceGroupRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateResourceGroupRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组唯一标识。
    ///
    /// 长度为3~50个字符，可包含英文字母、数字和短划线（-）。必须以英文字母开头。
    ///
    /// Wire name `Name`; required. Example: `my-project`.
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
    /// 资源组显示名称。
    ///
    /// 长度为1~50个字符或汉字。
    ///
    /// Wire name `DisplayName`; required. Example: `my-project`.
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
    /// 标签。
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateResourceGroupResponse,
        ::alibabacloud::Error<CreateResourceGroupError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateResourceGroupResponse {}
/// 返回结果。
///
/// Output of [`CreateResourceGroup`](super::super::Client::create_resource_group).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateResourceGroupResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `04F0F334-1335-436C-A1D7-6C044FE73368`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 资源组信息。
    ///
    /// Wire name `ResourceGroup`.
    #[serde(rename = "ResourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: ::std::option::Option<ResourceGroup>,
}
impl ::std::fmt::Debug for CreateResourceGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateResourceGroupResponse")
            .field("request_id", &self.request_id)
            .field("resource_group", &self.resource_group)
            .finish()
    }
}
/// The errors [`CreateResourceGroup`](super::super::Client::create_resource_group) documents, plus [`Unhandled`](CreateResourceGroupError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateResourceGroupError {
    /// HTTP 400 `InvalidParameter.Name.InvalidChars`: The Name is invalid.
    InvalidParameterNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Name.Length`: The maximum length of Name is exceeded.
    InvalidParameterNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DisplayName.Length`: The maximum length of DisplayName is exceeded.
    InvalidParameterDisplayNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.DisplayName`: You must specify DisplayName.
    MissingParameterDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DisplayName`: The DisplayName is invalid.
    InvalidParameterDisplayName(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.ResourceGroup`: The count of resource groups beyond the current limits.
    LimitExceededResourceGroup(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateResourceGroupError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.Name.InvalidChars" => {
                CreateResourceGroupError::InvalidParameterNameInvalidChars(error)
            }
            "InvalidParameter.Name.Length" => {
                CreateResourceGroupError::InvalidParameterNameLength(error)
            }
            "InvalidParameter.DisplayName.Length" => {
                CreateResourceGroupError::InvalidParameterDisplayNameLength(error)
            }
            "MissingParameter.DisplayName" => {
                CreateResourceGroupError::MissingParameterDisplayName(error)
            }
            "InvalidParameter.DisplayName" => {
                CreateResourceGroupError::InvalidParameterDisplayName(error)
            }
            "LimitExceeded.ResourceGroup" => {
                CreateResourceGroupError::LimitExceededResourceGroup(error)
            }
            _ => CreateResourceGroupError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateResourceGroupError::InvalidParameterNameInvalidChars(error)
            | CreateResourceGroupError::InvalidParameterNameLength(error)
            | CreateResourceGroupError::InvalidParameterDisplayNameLength(error)
            | CreateResourceGroupError::MissingParameterDisplayName(error)
            | CreateResourceGroupError::InvalidParameterDisplayName(error)
            | CreateResourceGroupError::LimitExceededResourceGroup(error)
            | CreateResourceGroupError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateResourceGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateResourceGroupError {}
/// 标签。
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
    /// 最多支持128个字符，不能以`aliyun`和`acs:`开头，不能包含`http://`或者`https://`。
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
/// 各个地域的资源组状态。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RegionStatus {
    /// 资源组状态。取值：
    /// - Creating：创建中。
    /// - OK：创建成功。
    ///
    /// Wire name `Status`. Example: `Creating`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 地域ID。
    ///
    /// Wire name `RegionId`. Example: `cn-qingdao`.
    #[serde(rename = "RegionId", skip_serializing_if = "Option::is_none")]
    pub region_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RegionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegionStatus")
            .field("status", &self.status)
            .field("region_id", &self.region_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RegionStatus {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "RegionId", &self.region_id);
    }
}
impl RegionStatuses {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[RegionStatus] {
        self.region_status.as_deref().unwrap_or_default()
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
pub struct RegionStatuses {
    /// 各个地域的资源组状态。
    ///
    /// Wire name `RegionStatus`.
    #[serde(rename = "RegionStatus", skip_serializing_if = "Option::is_none")]
    pub region_status: ::std::option::Option<::std::vec::Vec<RegionStatus>>,
}
impl ::std::fmt::Debug for RegionStatuses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegionStatuses")
            .field("region_status", &self.region_status)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RegionStatuses {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "RegionStatus", &self.region_status);
    }
}
/// 资源组信息。
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
    ///
    /// Wire name `Status`. Example: `Creating`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Wire name `RegionStatuses`.
    #[serde(rename = "RegionStatuses", skip_serializing_if = "Option::is_none")]
    pub region_statuses: ::std::option::Option<RegionStatuses>,
    /// 资源组所属的阿里云账号ID。
    ///
    /// Wire name `AccountId`. Example: `151266687691****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 资源组唯一标识。
    ///
    /// Wire name `Name`. Example: `my-project`.
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// 资源组创建时间（UTC时间）。
    ///
    /// Wire name `CreateDate`. Example: `2021-06-05T14:39:13+08:00`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 资源组ID。
    ///
    /// Wire name `Id`. Example: `rg-9gLOoK****`.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceGroup")
            .field("display_name", &self.display_name)
            .field("status", &self.status)
            .field("region_statuses", &self.region_statuses)
            .field("account_id", &self.account_id)
            .field("name", &self.name)
            .field("create_date", &self.create_date)
            .field("id", &self.id)
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
        writer.put_field(key, "RegionStatuses", &self.region_statuses);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "Name", &self.name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Id", &self.id);
    }
}
