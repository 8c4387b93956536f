/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateServiceLinkedRole",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ServiceName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "CustomSuffix",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
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
    ],
    example_response: "{\"RequestId\":\"FE58D7CF-03BC-432A-B42D-BC3390C8C2E1\",\"Role\":{\"Arn\":\"acs:ram::177242285274****:role/aliyunserviceroleforpolardb\",\"AssumeRolePolicyDocument\":\"{\\\\\\\"Statement\\\\\\\":[{\\\\\\\"Action\\\\\\\":\\\\\\\"sts:AssumeRole\\\\\\\",\\\\\\\"Effect\\\\\\\":\\\\\\\"Allow\\\\\\\",\\\\\\\"Principal\\\\\\\":{\\\\\\\"Service\\\\\\\":[\\\\\\\"polardb.aliyuncs.com\\\\\\\"]}}],\\\\\\\"Version\\\\\\\":\\\\\\\"1\\\\\\\"}\",\"CreateDate\":\"2020-06-30T08:14:16Z\",\"Description\":\"Service Linked Role for PolarDB. PolarDB will use this role to access your resources in other services.\",\"IsServiceLinkedRole\":true,\"RoleId\":\"32833240981067****\",\"RoleName\":\"AliyunServiceRoleForPolarDB\",\"RolePrincipalName\":\"AliyunServiceRoleForPolarDB@role.test.onaliyunservice.com\"}}",
};
/// Input of [`CreateServiceLinkedRole`](super::super::Client::create_service_linked_role).
#[derive(Clone, Default, PartialEq)]
pub struct CreateServiceLinkedRoleRequest {
    /// 服务名称。
    ///
    /// 具体信息，请参见\[支持服务关联角色的云服务\](~~461722~~)。
    ///
    /// Wire name `ServiceName`; required. Example: `polardb.aliyuncs.com`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// 角色名称后缀。
    ///
    /// 角色名称（含后缀）的总长度为1~64个字符，可包含英文字母、数字、半角句号（.）和短划线（-）。
    ///
    /// 例如：假设后缀为`Example`，则角色名称为`ServiceLinkedRoleName_Example`，且最大长度不能超过64个字符。
    ///
    /// Wire name `CustomSuffix`. Example: `Example`.
    pub custom_suffix: ::std::option::Option<::std::string::String>,
    /// 服务关联角色描述。
    ///
    /// 只有允许自定义后缀的服务关联角色才能填写角色描述，否则，角色描述将使用预设值且不能修改。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `Service Linked Role for PolarDB. PolarDB will use this role to access your resources in other services.`.
    pub description: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateServiceLinkedRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateServiceLinkedRoleRequest")
            .field("service_name", &self.service_name)
            .field("custom_suffix", &self.custom_suffix)
            .field("description", &self.description)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateServiceLinkedRoleRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ServiceName", &self.service_name);
        writer.put("CustomSuffix", &self.custom_suffix);
        writer.put("Description", &self.description);
    }
}
/// Builds and sends a [`CreateServiceLinkedRoleRequest`] request; get one from [`Client::create_service_linked_role`](super::super::Client::create_service_linked_role).
#[derive(Clone, Debug)]
pub struct CreateServiceLinkedRoleFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateServiceLinkedRoleRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateServiceLinkedRoleFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateServiceLinkedRoleFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateServiceLinkedRoleRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateServiceLinkedRoleRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 服务名称。
    ///
    /// 具体信息，请参见\[支持服务关联角色的云服务\](~~461722~~)。
    ///
    /// Wire name `ServiceName`; required. Example: `polardb.aliyuncs.com`.
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.service_name = Some(value.into());
        self
    }
    ///Sets or clears `ServiceName`.
    pub fn set_service_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.service_name = value;
        self
    }
    /// 角色名称后缀。
    ///
    /// 角色名称（含后缀）的总长度为1~64个字符，可包含英文字母、数字、半角句号（.）和短划线（-）。
    ///
    /// 例如：假设后缀为`Example`，则角色名称为`ServiceLinkedRoleName_Example`，且最大长度不能超过64个字符。
    ///
    /// Wire name `CustomSuffix`. Example: `Example`.
    pub fn custom_suffix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.custom_suffix = Some(value.into());
        self
    }
    ///Sets or clears `CustomSuffix`.
    pub fn set_custom_suffix(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.custom_suffix = value;
        self
    }
    /// 服务关联角色描述。
    ///
    /// 只有允许自定义后缀的服务关联角色才能填写角色描述，否则，角色描述将使用预设值且不能修改。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `Service Linked Role for PolarDB. PolarDB will use this role to access your resources in other services.`.
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateServiceLinkedRoleResponse,
        ::alibabacloud::Error<CreateServiceLinkedRoleError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateServiceLinkedRoleResponse {}
/// 返回结果。
///
/// Output of [`CreateServiceLinkedRole`](super::super::Client::create_service_linked_role).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateServiceLinkedRoleResponse {
    /// 角色信息。
    ///
    /// Wire name `Role`.
    #[serde(rename = "Role", skip_serializing_if = "Option::is_none")]
    pub role: ::std::option::Option<Role>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `FE58D7CF-03BC-432A-B42D-BC3390C8C2E1`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateServiceLinkedRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateServiceLinkedRoleResponse")
            .field("role", &self.role)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreateServiceLinkedRole`](super::super::Client::create_service_linked_role) documents, plus [`Unhandled`](CreateServiceLinkedRoleError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateServiceLinkedRoleError {
    /// HTTP 400 `InvalidParameter.CustomSuffix.NotAllowed`: Custom suffix is not allowed for this Service Linked Role.
    InvalidParameterCustomSuffixNotAllowed(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.CustomSuffix.InvalidChars`: The parameter CustomSuffix contains invalid characters.
    InvalidParameterCustomSuffixInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.CustomSuffix.Length`: The maximum length of the parameter CustomSuffix is exceeded.
    InvalidParameterCustomSuffixLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Description.NotAllowed`: Custom description is not allowed for default service linked role.
    InvalidParameterDescriptionNotAllowed(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Description.Length`: The maximum length of the description is exceeded. It must not exceed 1024 characters.
    InvalidParameterDescriptionLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Service`: The service does not exist.
    EntityNotExistService(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.Role`: The role already exists.
    EntityAlreadyExistsRole(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Role`: The maximum number of roles is exceeded.
    LimitExceededRole(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateServiceLinkedRoleError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.CustomSuffix.NotAllowed" => {
                CreateServiceLinkedRoleError::InvalidParameterCustomSuffixNotAllowed(
                    error,
                )
            }
            "InvalidParameter.CustomSuffix.InvalidChars" => {
                CreateServiceLinkedRoleError::InvalidParameterCustomSuffixInvalidChars(
                    error,
                )
            }
            "InvalidParameter.CustomSuffix.Length" => {
                CreateServiceLinkedRoleError::InvalidParameterCustomSuffixLength(error)
            }
            "InvalidParameter.Description.NotAllowed" => {
                CreateServiceLinkedRoleError::InvalidParameterDescriptionNotAllowed(
                    error,
                )
            }
            "InvalidParameter.Description.Length" => {
                CreateServiceLinkedRoleError::InvalidParameterDescriptionLength(error)
            }
            "EntityNotExist.Service" => {
                CreateServiceLinkedRoleError::EntityNotExistService(error)
            }
            "EntityAlreadyExists.Role" => {
                CreateServiceLinkedRoleError::EntityAlreadyExistsRole(error)
            }
            "LimitExceeded.Role" => {
                CreateServiceLinkedRoleError::LimitExceededRole(error)
            }
            _ => CreateServiceLinkedRoleError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateServiceLinkedRoleError::InvalidParameterCustomSuffixNotAllowed(error)
            | CreateServiceLinkedRoleError::InvalidParameterCustomSuffixInvalidChars(
                error,
            )
            | CreateServiceLinkedRoleError::InvalidParameterCustomSuffixLength(error)
            | CreateServiceLinkedRoleError::InvalidParameterDescriptionNotAllowed(error)
            | CreateServiceLinkedRoleError::InvalidParameterDescriptionLength(error)
            | CreateServiceLinkedRoleError::EntityNotExistService(error)
            | CreateServiceLinkedRoleError::EntityAlreadyExistsRole(error)
            | CreateServiceLinkedRoleError::LimitExceededRole(error)
            | CreateServiceLinkedRoleError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateServiceLinkedRoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateServiceLinkedRoleError {}
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
    /// 角色的信任策略内容。
    ///
    /// Wire name `AssumeRolePolicyDocument`. Example: `{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"polardb.aliyuncs.com\"]}}],\"Version\":\"1\"}`.
    #[serde(
        rename = "AssumeRolePolicyDocument",
        skip_serializing_if = "Option::is_none"
    )]
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    /// 带域名后缀的角色名称。
    ///
    /// Wire name `RolePrincipalName`. Example: `AliyunServiceRoleForPolarDB@role.test.onaliyunservice.com`.
    #[serde(rename = "RolePrincipalName", skip_serializing_if = "Option::is_none")]
    pub role_principal_name: ::std::option::Option<::std::string::String>,
    /// 角色描述。
    ///
    /// Wire name `Description`. Example: `Service Linked Role for PolarDB. PolarDB will use this role to access your resources in other services.`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 角色名称。
    ///
    /// Wire name `RoleName`. Example: `AliyunServiceRoleForPolarDB`.
    #[serde(rename = "RoleName", skip_serializing_if = "Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// 角色创建时间（UTC时间）。
    ///
    /// Wire name `CreateDate`. Example: `2020-06-30T08:14:16Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 角色的资源描述符。
    ///
    /// Wire name `Arn`. Example: `acs:ram::177242285274****:role/aliyunserviceroleforpolardb`.
    #[serde(rename = "Arn", skip_serializing_if = "Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    /// 角色ID。
    ///
    /// Wire name `RoleId`. Example: `32833240981067****`.
    #[serde(rename = "RoleId", skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
    /// 是否为服务关联角色。取值：
    ///
    /// - true：是服务关联角色。
    /// - false：不是服务关联角色。
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
            .field("description", &self.description)
            .field("role_name", &self.role_name)
            .field("create_date", &self.create_date)
            .field("arn", &self.arn)
            .field("role_id", &self.role_id)
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
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "RoleName", &self.role_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "Arn", &self.arn);
        writer.put_field(key, "RoleId", &self.role_id);
        writer.put_field(key, "IsServiceLinkedRole", &self.is_service_linked_role);
    }
}
