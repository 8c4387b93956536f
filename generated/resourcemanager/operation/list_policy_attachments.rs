/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListPolicyAttachments",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PrincipalType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PrincipalName",
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
            name: "Language",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"PolicyAttachments\":{\"PolicyAttachment\":[{\"AttachDate\":\"2015-01-23T12:33:18Z\",\"Description\":\"管理员权限\",\"PolicyName\":\"AdministratorAccess\",\"PolicyType\":\"System\",\"PrincipalName\":\"alice@demo.onaliyun.com\",\"PrincipalType\":\"IMSUser\",\"ResourceGroupId\":\"rg-9gLOoK****\"}]},\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\",\"TotalCount\":2}",
};
/// Input of [`ListPolicyAttachments`](super::super::Client::list_policy_attachments).
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyAttachmentsRequest {
    /// 资源组ID或资源组所属的阿里云账号ID。取值为空表示列出当前账号下的所有授权记录。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-001`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 权限策略类型。取值为空表示列出所有类型的权限策略。
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`. Example: `AdministratorAccess`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 被授权对象类型。取值为空表示列出所有类型的被授权对象。
    ///
    /// - IMSUser：RAM用户。
    /// - IMSGroup：RAM用户组。
    /// - ServiceRole：RAM角色。
    ///
    /// Wire name `PrincipalType`. Example: `IMSUser`.
    pub principal_type: ::std::option::Option<::std::string::String>,
    /// 被授权对象名称。
    ///
    /// Wire name `PrincipalName`. Example: `alice@demo.onaliyun.com`.
    pub principal_name: ::std::option::Option<::std::string::String>,
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
    /// 语言类型。系统权限策略的描述将以此语言返回。
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPolicyAttachmentsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPolicyAttachmentsRequest")
            .field("resource_group_id", &self.resource_group_id)
            .field("policy_type", &self.policy_type)
            .field("policy_name", &self.policy_name)
            .field("principal_type", &self.principal_type)
            .field("principal_name", &self.principal_name)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListPolicyAttachmentsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("PolicyType", &self.policy_type);
        writer.put("PolicyName", &self.policy_name);
        writer.put("PrincipalType", &self.principal_type);
        writer.put("PrincipalName", &self.principal_name);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`ListPolicyAttachmentsRequest`] request; get one from [`Client::list_policy_attachments`](super::super::Client::list_policy_attachments).
#[derive(Clone, Debug)]
pub struct ListPolicyAttachmentsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListPolicyAttachmentsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListPolicyAttachmentsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListPolicyAttachmentsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListPolicyAttachmentsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListPolicyAttachmentsRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源组ID或资源组所属的阿里云账号ID。取值为空表示列出当前账号下的所有授权记录。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-001`.
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
    /// 权限策略类型。取值为空表示列出所有类型的权限策略。
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
    pub fn policy_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_type = Some(value.into());
        self
    }
    ///Sets or clears `PolicyType`.
    pub fn set_policy_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_type = value;
        self
    }
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`. Example: `AdministratorAccess`.
    pub fn policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }
    ///Sets or clears `PolicyName`.
    pub fn set_policy_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_name = value;
        self
    }
    /// 被授权对象类型。取值为空表示列出所有类型的被授权对象。
    ///
    /// - IMSUser：RAM用户。
    /// - IMSGroup：RAM用户组。
    /// - ServiceRole：RAM角色。
    ///
    /// Wire name `PrincipalType`. Example: `IMSUser`.
    pub fn principal_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.principal_type = Some(value.into());
        self
    }
    ///Sets or clears `PrincipalType`.
    pub fn set_principal_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.principal_type = value;
        self
    }
    /// 被授权对象名称。
    ///
    /// Wire name `PrincipalName`. Example: `alice@demo.onaliyun.com`.
    pub fn principal_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.principal_name = Some(value.into());
        self
    }
    ///Sets or clears `PrincipalName`.
    pub fn set_principal_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.principal_name = value;
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
    /// 语言类型。系统权限策略的描述将以此语言返回。
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub fn language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.language = Some(value.into());
        self
    }
    ///Sets or clears `Language`.
    pub fn set_language(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.language = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<
        ListPolicyAttachmentsResponse,
        ListPolicyAttachmentsError,
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
        ListPolicyAttachmentsResponse,
        ::alibabacloud::Error<ListPolicyAttachmentsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListPolicyAttachmentsResponse {
    ///The items inside `PolicyAttachments`, empty when the service sent none.
    pub fn policy_attachments(&self) -> &[PolicyAttachment] {
        self.policy_attachments
            .as_ref()
            .and_then(|wrapper| wrapper.policy_attachment.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListPolicyAttachmentsRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListPolicyAttachmentsResponse {
    type Item = PolicyAttachment;
    fn item_count(&self) -> usize {
        self.policy_attachments().len()
    }
    fn into_items(self) -> ::std::vec::Vec<PolicyAttachment> {
        self.policy_attachments
            .and_then(|wrapper| wrapper.policy_attachment)
            .unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// Output of [`ListPolicyAttachments`](super::super::Client::list_policy_attachments).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListPolicyAttachmentsResponse {
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// Wire name `PolicyAttachments`.
    #[serde(rename = "PolicyAttachments", skip_serializing_if = "Option::is_none")]
    pub policy_attachments: ::std::option::Option<PolicyAttachments>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
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
}
impl ::std::fmt::Debug for ListPolicyAttachmentsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPolicyAttachmentsResponse")
            .field("total_count", &self.total_count)
            .field("policy_attachments", &self.policy_attachments)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .finish()
    }
}
/// The errors [`ListPolicyAttachments`](super::super::Client::list_policy_attachments) documents, plus [`Unhandled`](ListPolicyAttachmentsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyAttachmentsError {
    /// HTTP 400 `InvalidParameter.PolicyType`: The specified policy type is invalid.
    InvalidParameterPolicyType(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceGroup`: The specified resource group does not exist. You must first create a resource group.
    EntityNotExistsResourceGroup(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListPolicyAttachmentsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyType" => {
                ListPolicyAttachmentsError::InvalidParameterPolicyType(error)
            }
            "EntityNotExists.ResourceGroup" => {
                ListPolicyAttachmentsError::EntityNotExistsResourceGroup(error)
            }
            "EntityNotExist.Policy" => {
                ListPolicyAttachmentsError::EntityNotExistPolicy(error)
            }
            _ => ListPolicyAttachmentsError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListPolicyAttachmentsError::InvalidParameterPolicyType(error)
            | ListPolicyAttachmentsError::EntityNotExistsResourceGroup(error)
            | ListPolicyAttachmentsError::EntityNotExistPolicy(error)
            | ListPolicyAttachmentsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListPolicyAttachmentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListPolicyAttachmentsError {}
/// 权限策略信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct PolicyAttachment {
    /// 权限策略描述。
    ///
    /// Wire name `Description`. Example: `管理员权限`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 资源组ID或资源组所属的阿里云账号ID。
    ///
    /// Wire name `ResourceGroupId`. Example: `rg-9gLOoK****`.
    #[serde(rename = "ResourceGroupId", skip_serializing_if = "Option::is_none")]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 权限策略名称。
    ///
    /// Wire name `PolicyName`. Example: `AdministratorAccess`.
    #[serde(rename = "PolicyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 被授权对象名称。
    ///
    /// Wire name `PrincipalName`. Example: `alice@demo.onaliyun.com`.
    #[serde(rename = "PrincipalName", skip_serializing_if = "Option::is_none")]
    pub principal_name: ::std::option::Option<::std::string::String>,
    /// 授权时间。
    ///
    /// Wire name `AttachDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "AttachDate", skip_serializing_if = "Option::is_none")]
    pub attach_date: ::std::option::Option<::std::string::String>,
    /// 权限策略类型。
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
    #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 被授权对象类型。
    ///
    /// - IMSUser：RAM用户。
    /// - IMSGroup：RAM用户组。
    /// - ServiceRole：RAM角色。
    ///
    /// Wire name `PrincipalType`. Example: `IMSUser`.
    #[serde(rename = "PrincipalType", skip_serializing_if = "Option::is_none")]
    pub principal_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PolicyAttachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PolicyAttachment")
            .field("description", &self.description)
            .field("resource_group_id", &self.resource_group_id)
            .field("policy_name", &self.policy_name)
            .field("principal_name", &self.principal_name)
            .field("attach_date", &self.attach_date)
            .field("policy_type", &self.policy_type)
            .field("principal_type", &self.principal_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for PolicyAttachment {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "ResourceGroupId", &self.resource_group_id);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "PrincipalName", &self.principal_name);
        writer.put_field(key, "AttachDate", &self.attach_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
        writer.put_field(key, "PrincipalType", &self.principal_type);
    }
}
impl PolicyAttachments {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[PolicyAttachment] {
        self.policy_attachment.as_deref().unwrap_or_default()
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
pub struct PolicyAttachments {
    /// 权限策略信息。
    ///
    /// Wire name `PolicyAttachment`.
    #[serde(rename = "PolicyAttachment", skip_serializing_if = "Option::is_none")]
    pub policy_attachment: ::std::option::Option<::std::vec::Vec<PolicyAttachment>>,
}
impl ::std::fmt::Debug for PolicyAttachments {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PolicyAttachments")
            .field("policy_attachment", &self.policy_attachment)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for PolicyAttachments {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "PolicyAttachment", &self.policy_attachment);
    }
}
