/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListRoles",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "Language",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\",\"Roles\":{\"Role\":[{\"Arn\":\"acs:ram::123456789012****:role/ECSAdmin\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"Description\":\"ECS管理角色\",\"IsServiceLinkedRole\":true,\"LatestDeletionTask\":{\"CreateDate\":\"2018-10-23T12:33:18Z\",\"DeletionTaskId\":\"ECSAdmin/cc61514b-26eb-4453-ab53-b142eb70****\"},\"MaxSessionDuration\":3600,\"RoleId\":\"90123456789****\",\"RoleName\":\"ECSAdmin\",\"RolePrincipalName\":\"ECSAdmin@role.123456.onaliyunservice.com\",\"UpdateDate\":\"2016-01-23T12:33:18Z\"}]},\"TotalCount\":2}",
};
/// Input of [`ListRoles`](super::super::Client::list_roles).
#[derive(Clone, Default, PartialEq)]
pub struct ListRolesRequest {
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
    /// 语言类型。角色描述将以此语言返回。
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListRolesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRolesRequest")
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListRolesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`ListRolesRequest`] request; get one from [`Client::list_roles`](super::super::Client::list_roles).
#[derive(Clone, Debug)]
pub struct ListRolesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListRolesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListRolesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListRolesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListRolesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListRolesRequest) -> Self {
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
    /// 语言类型。角色描述将以此语言返回。
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
    ) -> ::alibabacloud::Paginator<ListRolesResponse, ListRolesError> {
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
        ListRolesResponse,
        ::alibabacloud::Error<ListRolesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListRolesResponse {
    ///The items inside `Roles`, empty when the service sent none.
    pub fn roles(&self) -> &[Role] {
        self.roles
            .as_ref()
            .and_then(|wrapper| wrapper.role.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListRolesRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListRolesResponse {
    type Item = Role;
    fn item_count(&self) -> usize {
        self.roles().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Role> {
        self.roles.and_then(|wrapper| wrapper.role).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// Output of [`ListRoles`](super::super::Client::list_roles).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListRolesResponse {
    /// 角色总个数。
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
    /// Wire name `Roles`.
    #[serde(rename = "Roles", skip_serializing_if = "Option::is_none")]
    pub roles: ::std::option::Option<Roles>,
}
impl ::std::fmt::Debug for ListRolesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRolesResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("roles", &self.roles)
            .finish()
    }
}
/// The errors [`ListRoles`](super::super::Client::list_roles) documents, plus [`Unhandled`](ListRolesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRolesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListRolesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListRolesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListRolesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListRolesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListRolesError {}
/// 最近一次删除任务信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct LatestDeletionTask {
    /// 删除任务ID。
    ///
    /// Wire name `DeletionTaskId`. Example: `ECSAdmin/cc61514b-26eb-4453-ab53-b142eb70****`.
    #[serde(rename = "DeletionTaskId", skip_serializing_if = "Option::is_none")]
    pub deletion_task_id: ::std::option::Option<::std::string::String>,
    /// 删除任务创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2018-10-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LatestDeletionTask {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LatestDeletionTask")
            .field("deletion_task_id", &self.deletion_task_id)
            .field("create_date", &self.create_date)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for LatestDeletionTask {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DeletionTaskId", &self.deletion_task_id);
        writer.put_field(key, "CreateDate", &self.create_date);
    }
}
/// 角色信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Role {
    /// 被授权角色名称。
    ///
    /// Wire name `RolePrincipalName`. Example: `ECSAdmin@role.123456.onaliyunservice.com`.
    #[serde(rename = "RolePrincipalName", skip_serializing_if = "Option::is_none")]
    pub role_principal_name: ::std::option::Option<::std::string::String>,
    /// 角色更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2016-01-23T12:33:18Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 角色描述。
    ///
    /// Wire name `Description`. Example: `ECS管理角色`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 角色最大会话时间。
    ///
    /// Wire name `MaxSessionDuration`. Example: `3600`.
    #[serde(
        rename = "MaxSessionDuration",
        deserialize_with = "::alibabacloud::__private::de::option_i64",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_session_duration: ::std::option::Option<i64>,
    /// 最近一次删除任务信息。
    ///
    /// Wire name `LatestDeletionTask`.
    #[serde(rename = "LatestDeletionTask", skip_serializing_if = "Option::is_none")]
    pub latest_deletion_task: ::std::option::Option<LatestDeletionTask>,
    /// 角色名称。
    ///
    /// Wire name `RoleName`. Example: `ECSAdmin`.
    #[serde(rename = "RoleName", skip_serializing_if = "Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// 角色创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 角色ID。
    ///
    /// Wire name `RoleId`. Example: `90123456789****`.
    #[serde(rename = "RoleId", skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
    /// 角色的资源描述符。
    ///
    /// Wire name `Arn`. Example: `acs:ram::123456789012****:role/ECSAdmin`.
    #[serde(rename = "Arn", skip_serializing_if = "Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    /// 是否服务关联角色。
    ///
    /// Wire name `IsServiceLinkedRole`. Example: `true`.
    #[serde(
        rename = "IsServiceLinkedRole",
        deserialize_with = "::alibabacloud::__private::de::option_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_service_linked_role: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Role")
            .field("role_principal_name", &self.role_principal_name)
            .field("update_date", &self.update_date)
            .field("description", &self.description)
            .field("max_session_duration", &self.max_session_duration)
            .field("latest_deletion_task", &self.latest_deletion_task)
            .field("role_name", &self.role_name)
            .field("create_date", &self.create_date)
            .field("role_id", &self.role_id)
            .field("arn", &self.arn)
            .field("is_service_linked_role", &self.is_service_linked_role)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Role {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "RolePrincipalName", &self.role_principal_name);
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "MaxSessionDuration", &self.max_session_duration);
        writer.put_field(key, "LatestDeletionTask", &self.latest_deletion_task);
        writer.put_field(key, "RoleName", &self.role_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "RoleId", &self.role_id);
        writer.put_field(key, "Arn", &self.arn);
        writer.put_field(key, "IsServiceLinkedRole", &self.is_service_linked_role);
    }
}
impl Roles {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Role] {
        self.role.as_deref().unwrap_or_default()
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
pub struct Roles {
    /// 角色信息。
    ///
    /// Wire name `Role`.
    #[serde(rename = "Role", skip_serializing_if = "Option::is_none")]
    pub role: ::std::option::Option<::std::vec::Vec<Role>>,
}
impl ::std::fmt::Debug for Roles {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Roles").field("role", &self.role).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Roles {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Role", &self.role);
    }
}
