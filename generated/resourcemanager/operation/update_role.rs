/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UpdateRole",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "RoleName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewAssumeRolePolicyDocument",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewMaxSessionDuration",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewDescription",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"Role\":{\"Arn\":\"acs:ram::123456789012****:role/ECSAdmin\",\"AssumeRolePolicyDocument\":\"{ \\\\\\\"Statement\\\\\\\": [ { \\\\\\\"Action\\\\\\\": \\\\\\\"sts:AssumeRole\\\\\\\", \\\\\\\"Effect\\\\\\\": \\\\\\\"Allow\\\\\\\", \\\\\\\"Principal\\\\\\\": { \\\\\\\"RAM\\\\\\\": \\\\\\\"acs:ram::12345678901234****:root\\\\\\\" } } ], \\\\\\\"Version\\\\\\\": \\\\\\\"1\\\\\\\" }\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"Description\":\"ECS管理角色\",\"MaxSessionDuration\":3600,\"RoleId\":\"90123456789****\",\"RoleName\":\"ECSAdmin\",\"RolePrincipalName\":\"ECSAdmin@role.123456.onaliyunservice.com\",\"UpdateDate\":\"2016-01-23T12:33:18Z\"}}",
};
/// Input of [`UpdateRole`](super::super::Client::update_role).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateRoleRequest {
    /// RAM角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、半角句号（.）和短划线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub role_name: ::std::option::Option<::std::string::String>,
    /// RAM角色的信任策略。
    ///
    /// Wire name `NewAssumeRolePolicyDocument`. Example: `{ "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "RAM": "acs:ram::12345678901234****:root" } } ], "Version": "1" }`.
    pub new_assume_role_policy_document: ::std::option::Option<::std::string::String>,
    /// RAM角色最大会话时间。
    ///
    /// 取值范围：3600秒~43200秒。默认值：3600秒。
    ///
    /// 取值为空时将采用默认值。
    ///
    /// Wire name `NewMaxSessionDuration`. Example: `3600`.
    pub new_max_session_duration: ::std::option::Option<i64>,
    /// RAM角色描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `NewDescription`. Example: `ECS管理员`.
    pub new_description: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateRoleRequest")
            .field("role_name", &self.role_name)
            .field(
                "new_assume_role_policy_document",
                &self.new_assume_role_policy_document,
            )
            .field("new_max_session_duration", &self.new_max_session_duration)
            .field("new_description", &self.new_description)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UpdateRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RoleName", &self.role_name);
        writer.put("NewAssumeRolePolicyDocument", &self.new_assume_role_policy_document);
        writer.put("NewMaxSessionDuration", &self.new_max_session_duration);
        writer.put("NewDescription", &self.new_description);
    }
}
/// Builds and sends a [`UpdateRoleRequest`] request; get one from [`Client::update_role`](super::super::Client::update_role).
#[derive(Clone, Debug)]
pub struct UpdateRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UpdateRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl UpdateRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UpdateRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UpdateRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UpdateRoleRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// RAM角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、半角句号（.）和短划线（-）。
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
    /// RAM角色的信任策略。
    ///
    /// Wire name `NewAssumeRolePolicyDocument`. Example: `{ "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "RAM": "acs:ram::12345678901234****:root" } } ], "Version": "1" }`.
    pub fn new_assume_role_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_assume_role_policy_document = Some(value.into());
        self
    }
    ///Sets or clears `NewAssumeRolePolicyDocument`.
    pub fn set_new_assume_role_policy_document(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_assume_role_policy_document = value;
        self
    }
    /// RAM角色最大会话时间。
    ///
    /// 取值范围：3600秒~43200秒。默认值：3600秒。
    ///
    /// 取值为空时将采用默认值。
    ///
    /// Wire name `NewMaxSessionDuration`. Example: `3600`.
    pub fn new_max_session_duration(mut self, value: i64) -> Self {
        self.request.new_max_session_duration = Some(value);
        self
    }
    ///Sets or clears `NewMaxSessionDuration`.
    pub fn set_new_max_session_duration(
        mut self,
        value: ::std::option::Option<i64>,
    ) -> Self {
        self.request.new_max_session_duration = value;
        self
    }
    /// RAM角色描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `NewDescription`. Example: `ECS管理员`.
    pub fn new_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_description = Some(value.into());
        self
    }
    ///Sets or clears `NewDescription`.
    pub fn set_new_description(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_description = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        UpdateRoleResponse,
        ::alibabacloud::Error<UpdateRoleError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UpdateRoleResponse {}
/// Output of [`UpdateRole`](super::super::Client::update_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UpdateRoleResponse {
    /// RAM角色信息。
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
impl ::std::fmt::Debug for UpdateRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateRoleResponse")
            .field("role", &self.role)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`UpdateRole`](super::super::Client::update_role) documents, plus [`Unhandled`](UpdateRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateRoleError {
    /// HTTP 400 `InvalidParameter.RoleName.InvalidChars`: The specified role name contains invalid characters.
    InvalidParameterRoleNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.RoleName.Length`: The maximum length of the role name is exceeded.
    InvalidParameterRoleNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.NewAssumeRolePolicyDocument.Length`: The maximum length of the new trust policy document of the role is exceeded.
    InvalidParameterNewAssumeRolePolicyDocumentLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Role`: The role does not exist.
    EntityNotExistRole(::alibabacloud::ServiceError),
    /// HTTP 409 `MalformedPolicyDocument`: The policy format is invalid.
    MalformedPolicyDocument(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for UpdateRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.RoleName.InvalidChars" => {
                UpdateRoleError::InvalidParameterRoleNameInvalidChars(error)
            }
            "InvalidParameter.RoleName.Length" => {
                UpdateRoleError::InvalidParameterRoleNameLength(error)
            }
            "InvalidParameter.NewAssumeRolePolicyDocument.Length" => {
                UpdateRoleError::InvalidParameterNewAssumeRolePolicyDocumentLength(error)
            }
            "EntityNotExist.Role" => UpdateRoleError::EntityNotExistRole(error),
            "MalformedPolicyDocument" => UpdateRoleError::MalformedPolicyDocument(error),
            _ => UpdateRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UpdateRoleError::InvalidParameterRoleNameInvalidChars(error)
            | UpdateRoleError::InvalidParameterRoleNameLength(error)
            | UpdateRoleError::InvalidParameterNewAssumeRolePolicyDocumentLength(error)
            | UpdateRoleError::EntityNotExistRole(error)
            | UpdateRoleError::MalformedPolicyDocument(error)
            | UpdateRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UpdateRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UpdateRoleError {}
/// RAM角色信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Role {
    /// RAM角色的信任策略。
    ///
    /// Wire name `AssumeRolePolicyDocument`. Example: `{ \"Statement\": [ { \"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\", \"Principal\": { \"RAM\": \"acs:ram::12345678901234****:root\" } } ], \"Version\": \"1\" }`.
    #[serde(
        rename = "AssumeRolePolicyDocument",
        skip_serializing_if = "Option::is_none"
    )]
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    /// 被授权RAM角色名称。
    ///
    /// Wire name `RolePrincipalName`. Example: `ECSAdmin@role.123456.onaliyunservice.com`.
    #[serde(rename = "RolePrincipalName", skip_serializing_if = "Option::is_none")]
    pub role_principal_name: ::std::option::Option<::std::string::String>,
    /// RAM角色描述。
    ///
    /// Wire name `Description`. Example: `ECS管理角色`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// RAM角色更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2016-01-23T12:33:18Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// RAM角色最大会话时间。
    ///
    /// Wire name `MaxSessionDuration`. Example: `3600`.
    #[serde(
        rename = "MaxSessionDuration",
        deserialize_with = "::alibabacloud::__private::de::option_i64",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_session_duration: ::std::option::Option<i64>,
    /// RAM角色名称。
    ///
    /// Wire name `RoleName`. Example: `ECSAdmin`.
    #[serde(rename = "RoleName", skip_serializing_if = "Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// RAM角色创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// RAM角色ID。
    ///
    /// Wire name `RoleId`. Example: `90123456789****`.
    #[serde(rename = "RoleId", skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
    /// RAM角色的资源描述符。
    ///
    /// Wire name `Arn`. Example: `acs:ram::123456789012****:role/ECSAdmin`.
    #[serde(rename = "Arn", skip_serializing_if = "Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Role")
            .field("assume_role_policy_document", &self.assume_role_policy_document)
            .field("role_principal_name", &self.role_principal_name)
            .field("description", &self.description)
            .field("update_date", &self.update_date)
            .field("max_session_duration", &self.max_session_duration)
            .field("role_name", &self.role_name)
            .field("create_date", &self.create_date)
            .field("role_id", &self.role_id)
            .field("arn", &self.arn)
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
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "MaxSessionDuration", &self.max_session_duration);
        writer.put_field(key, "RoleName", &self.role_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "RoleId", &self.role_id);
        writer.put_field(key, "Arn", &self.arn);
    }
}
