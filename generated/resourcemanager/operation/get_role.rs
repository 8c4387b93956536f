/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetRole",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "RoleName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
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
    example_response: "{\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"Role\":{\"Arn\":\"acs:ram::123456789012****:role/ECSAdmin\",\"AssumeRolePolicyDocument\":\"{ \\\\\\\"Statement\\\\\\\": [ { \\\\\\\"Action\\\\\\\": \\\\\\\"sts:AssumeRole\\\\\\\", \\\\\\\"Effect\\\\\\\": \\\\\\\"Allow\\\\\\\", \\\\\\\"Principal\\\\\\\": { \\\\\\\"RAM\\\\\\\": \\\\\\\"acs:ram::12345678901234****:root\\\\\\\" } } ], \\\\\\\"Version\\\\\\\": \\\\\\\"1\\\\\\\" }\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"Description\":\"ECS管理角色\",\"IsServiceLinkedRole\":true,\"LatestDeletionTask\":{\"CreateDate\":\"2018-10-23T12:33:18Z\",\"DeletionTaskId\":\"ECSAdmin/cc61514b-26eb-4453-ab53-b142eb702a3d\"},\"MaxSessionDuration\":3600,\"RoleId\":\"90123456789****\",\"RoleName\":\"ECSAdmin\",\"RolePrincipalName\":\"ECSAdmin@role.123456.onaliyunservice.com\",\"UpdateDate\":\"2016-01-23T12:33:18Z\"}}",
};
/// Input of [`GetRole`](super::super::Client::get_role).
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleRequest {
    /// 角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、点号（.）和短横线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub role_name: ::std::option::Option<::std::string::String>,
    /// 语言类型。角色描述将以此语言返回。
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoleRequest")
            .field("role_name", &self.role_name)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RoleName", &self.role_name);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`GetRoleRequest`] request; get one from [`Client::get_role`](super::super::Client::get_role).
#[derive(Clone, Debug)]
pub struct GetRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetRoleRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、点号（.）和短横线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub fn role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.role_name = Some(value.into());
        self
    }
    ///Sets or clears `RoleName`.
    pub fn set_role_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.role_name = value;
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<GetRoleResponse, ::alibabacloud::Error<GetRoleError>> {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetRoleResponse {}
/// Output of [`GetRole`](super::super::Client::get_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetRoleResponse {
    /// 角色信息。
    ///
    /// Wire name `Role`.
    #[serde(rename = "Role", skip_serializing_if = "Option::is_none")]
    pub role: ::std::option::Option<Role>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `04F0F334-1335-436C-A1D7-6C044FE73368`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoleResponse")
            .field("role", &self.role)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetRole`](super::super::Client::get_role) documents, plus [`Unhandled`](GetRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleError {
    /// HTTP 400 `InvalidParameter.RoleName.InvalidChars`: The specified role name contains invalid characters.
    InvalidParameterRoleNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.RoleName.Length`: The maximum length of the role name is exceeded.
    InvalidParameterRoleNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Role`: The role does not exist.
    EntityNotExistRole(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.RoleName.InvalidChars" => {
                GetRoleError::InvalidParameterRoleNameInvalidChars(error)
            }
            "InvalidParameter.RoleName.Length" => {
                GetRoleError::InvalidParameterRoleNameLength(error)
            }
            "EntityNotExist.Role" => GetRoleError::EntityNotExistRole(error),
            _ => GetRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetRoleError::InvalidParameterRoleNameInvalidChars(error)
            | GetRoleError::InvalidParameterRoleNameLength(error)
            | GetRoleError::EntityNotExistRole(error)
            | GetRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetRoleError {}
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
    /// Wire name `DeletionTaskId`. Example: `ECSAdmin/cc61514b-26eb-4453-ab53-b142eb702a3d`.
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
    /// 扮演角色的权限策略内容。
    ///
    /// Wire name `AssumeRolePolicyDocument`. Example: `{ \"Statement\": [ { \"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\", \"Principal\": { \"RAM\": \"acs:ram::12345678901234****:root\" } } ], \"Version\": \"1\" }`.
    #[serde(
        rename = "AssumeRolePolicyDocument",
        skip_serializing_if = "Option::is_none"
    )]
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
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
    /// 是否为服务关联角色。
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
            .field("assume_role_policy_document", &self.assume_role_policy_document)
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
        writer
            .put_field(
                key,
                "AssumeRolePolicyDocument",
                &self.assume_role_policy_document,
            );
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
