/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateRole",
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
            name: "Description",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "AssumeRolePolicyDocument",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "MaxSessionDuration",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"04F0F334-1335-436C-A1D7-6C044FE73368\",\"Role\":{\"Arn\":\"acs:ram::123456789012****:role/ECSAdmin\",\"AssumeRolePolicyDocument\":\"{ \\\\\\\"Statement\\\\\\\": [ { \\\\\\\"Action\\\\\\\": \\\\\\\"sts:AssumeRole\\\\\\\", \\\\\\\"Effect\\\\\\\": \\\\\\\"Allow\\\\\\\", \\\\\\\"Principal\\\\\\\": { \\\\\\\"RAM\\\\\\\": \\\\\\\"acs:ram::12345678901234****:root\\\\\\\" } } ], \\\\\\\"Version\\\\\\\": \\\\\\\"1\\\\\\\" }\",\"CreateDate\":\"2015-01-23T12:33:18Z\",\"Description\":\"ECS管理角色\",\"MaxSessionDuration\":3600,\"RoleId\":\"90123456789****\",\"RoleName\":\"ECSAdmin\",\"RolePrincipalName\":\"ECSAdmin@role.123456.onaliyunservice.com\"}}",
};
/// Input of [`CreateRole`](super::super::Client::create_role).
#[derive(Clone, Default, PartialEq)]
pub struct CreateRoleRequest {
    /// 角色名称。
    ///
    /// 长度为1~64个字符，可包含英文字母、数字、点号（.）和短横线（-）。
    ///
    /// Wire name `RoleName`; required. Example: `ECSAdmin`.
    pub role_name: ::std::option::Option<::std::string::String>,
    /// 角色描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `ECS管理角色`.
    pub description: ::std::option::Option<::std::string::String>,
    /// 扮演角色的权限策略内容。
    ///
    /// 指定允许扮演该角色的一个或多个主体，这个主体可以是阿里云账号、阿里云服务或身份提供商。
    ///
    /// > RAM用户不能扮演可信实体为阿里云服务的RAM角色。
    ///
    /// Wire name `AssumeRolePolicyDocument`; required. Example: `{ "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "RAM": "acs:ram::12345678901234****:root" } } ], "Version": "1" }`.
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    /// 角色最大会话时间。
    ///
    /// 取值范围：3600秒~43200秒。默认值：3600秒。
    ///
    /// 取值为空时将采用默认值。
    ///
    /// Wire name `MaxSessionDuration`. Example: `3600`.
    pub max_session_duration: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CreateRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateRoleRequest")
            .field("role_name", &self.role_name)
            .field("description", &self.description)
            .field("assume_role_policy_document", &self.assume_role_policy_document)
            .field("max_session_duration", &self.max_session_duration)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RoleName", &self.role_name);
        writer.put("Description", &self.description);
        writer.put("AssumeRolePolicyDocument", &self.assume_role_policy_document);
        writer.put("MaxSessionDuration", &self.max_session_duration);
    }
}
/// Builds and sends a [`CreateRoleRequest`] request; get one from [`Client::create_role`](super::super::Client::create_role).
#[derive(Clone, Debug)]
pub struct CreateRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateRoleRequest) -> Self {
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
    /// 角色描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `ECS管理角色`.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.description = Some(value.into());
        self
    }
    ///Sets or clears `Description`.
    pub fn set_description(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.description = value;
        self
    }
    /// 扮演角色的权限策略内容。
    ///
    /// 指定允许扮演该角色的一个或多个主体，这个主体可以是阿里云账号、阿里云服务或身份提供商。
    ///
    /// > RAM用户不能扮演可信实体为阿里云服务的RAM角色。
    ///
    /// Wire name `AssumeRolePolicyDocument`; required. Example: `{ "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "RAM": "acs:ram::12345678901234****:root" } } ], "Version": "1" }`.
    pub fn assume_role_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.assume_role_policy_document = Some(value.into());
        self
    }
    ///Sets or clears `AssumeRolePolicyDocument`.
    pub fn set_assume_role_policy_document(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.assume_role_policy_document = value;
        self
    }
    /// 角色最大会话时间。
    ///
    /// 取值范围：3600秒~43200秒。默认值：3600秒。
    ///
    /// 取值为空时将采用默认值。
    ///
    /// Wire name `MaxSessionDuration`. Example: `3600`.
    pub fn max_session_duration(mut self, value: i64) -> Self {
        self.request.max_session_duration = Some(value);
        self
    }
    ///Sets or clears `MaxSessionDuration`.
    pub fn set_max_session_duration(
        mut self,
        value: ::std::option::Option<i64>,
    ) -> Self {
        self.request.max_session_duration = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateRoleResponse,
        ::alibabacloud::Error<CreateRoleError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateRoleResponse {}
/// Output of [`CreateRole`](super::super::Client::create_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateRoleResponse {
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
impl ::std::fmt::Debug for CreateRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateRoleResponse")
            .field("role", &self.role)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreateRole`](super::super::Client::create_role) documents, plus [`Unhandled`](CreateRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRoleError {
    /// HTTP 400 `InvalidParameter.RoleName.InvalidChars`: The specified role name contains invalid characters.
    InvalidParameterRoleNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.RoleName.Length`: The maximum length of the role name is exceeded.
    InvalidParameterRoleNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AssumeRolePolicyDocument.Length`: The maximum length of the trust policy document of the role is exceeded.
    InvalidParameterAssumeRolePolicyDocumentLength(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.Role`: The role already exists.
    EntityAlreadyExistsRole(::alibabacloud::ServiceError),
    /// HTTP 409 `MalformedPolicyDocument`: The policy format is invalid.
    MalformedPolicyDocument(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Role`: The maximum number of roles is exceeded.
    LimitExceededRole(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.RoleName.InvalidChars" => {
                CreateRoleError::InvalidParameterRoleNameInvalidChars(error)
            }
            "InvalidParameter.RoleName.Length" => {
                CreateRoleError::InvalidParameterRoleNameLength(error)
            }
            "InvalidParameter.AssumeRolePolicyDocument.Length" => {
                CreateRoleError::InvalidParameterAssumeRolePolicyDocumentLength(error)
            }
            "EntityAlreadyExists.Role" => CreateRoleError::EntityAlreadyExistsRole(error),
            "MalformedPolicyDocument" => CreateRoleError::MalformedPolicyDocument(error),
            "LimitExceeded.Role" => CreateRoleError::LimitExceededRole(error),
            _ => CreateRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateRoleError::InvalidParameterRoleNameInvalidChars(error)
            | CreateRoleError::InvalidParameterRoleNameLength(error)
            | CreateRoleError::InvalidParameterAssumeRolePolicyDocumentLength(error)
            | CreateRoleError::EntityAlreadyExistsRole(error)
            | CreateRoleError::MalformedPolicyDocument(error)
            | CreateRoleError::LimitExceededRole(error)
            | CreateRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateRoleError {}
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
    /// 角色的资源描述符。
    ///
    /// Wire name `Arn`. Example: `acs:ram::123456789012****:role/ECSAdmin`.
    #[serde(rename = "Arn", skip_serializing_if = "Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    /// 角色ID。
    ///
    /// Wire name `RoleId`. Example: `90123456789****`.
    #[serde(rename = "RoleId", skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Role")
            .field("assume_role_policy_document", &self.assume_role_policy_document)
            .field("role_principal_name", &self.role_principal_name)
            .field("description", &self.description)
            .field("max_session_duration", &self.max_session_duration)
            .field("role_name", &self.role_name)
            .field("create_date", &self.create_date)
            .field("arn", &self.arn)
            .field("role_id", &self.role_id)
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
        writer.put_field(key, "MaxSessionDuration", &self.max_session_duration);
        writer.put_field(key, "RoleName", &self.role_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Arn", &self.arn);
        writer.put_field(key, "RoleId", &self.role_id);
    }
}
