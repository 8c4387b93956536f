/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "AttachPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResourceGroupId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PrincipalType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PrincipalName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"697852FB-50D7-44D9-9774-530C31EAC572\"}",
};
/// Input of [`AttachPolicy`](super::super::Client::attach_policy).
#[derive(Clone, Default, PartialEq)]
pub struct AttachPolicyRequest {
    /// 授权范围。取值：
    ///
    /// - 资源组ID：权限在指定的资源组内生效。
    /// - 阿里云账号ID：被授权对象所属的阿里云账号ID，权限在该阿里云账号内生效。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-9gLOoK****`.
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义权限策略。
    /// - System：系统权限策略。
    ///
    /// Wire name `PolicyType`; required. Example: `System`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `AdministratorAccess`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 被授权对象类型。取值：
    ///
    /// - IMSUser：RAM用户。
    /// - IMSGroup：RAM用户组。
    /// - ServiceRole：RAM角色。
    ///
    /// Wire name `PrincipalType`; required. Example: `IMSUser`.
    pub principal_type: ::std::option::Option<::std::string::String>,
    /// 被授权对象的名称。具体如下：
    ///
    /// - RAM用户：格式为&lt;UserName>@&lt;AccountAlias>.onaliyun.com，其中&lt;UserName>为RAM用户名称，&lt;AccountAlias>为账号别名。
    /// - RAM用户组：格式为&lt;GroupName>@group.&lt;AccountAlias>.onaliyun.com，其中&lt;GroupName>为RAM用户组名称，&lt;AccountAlias>为账号别名。
    /// - RAM角色：格式为&lt;RoleName>@role.&lt;AccountAlias>.onaliyunservice.com，其中&lt;RoleName>为RAM角色名称，&lt;AccountAlias>为账号别名。
    ///
    /// > 账号别名是默认域名中的一部分，请调用\[GetDefaultDomain\](~~186720~~)获取账号别名。
    ///
    /// Wire name `PrincipalName`; required. Example: `alice@demo.onaliyun.com`.
    pub principal_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttachPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttachPolicyRequest")
            .field("resource_group_id", &self.resource_group_id)
            .field("policy_type", &self.policy_type)
            .field("policy_name", &self.policy_name)
            .field("principal_type", &self.principal_type)
            .field("principal_name", &self.principal_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for AttachPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ResourceGroupId", &self.resource_group_id);
        writer.put("PolicyType", &self.policy_type);
        writer.put("PolicyName", &self.policy_name);
        writer.put("PrincipalType", &self.principal_type);
        writer.put("PrincipalName", &self.principal_name);
    }
}
/// Builds and sends a [`AttachPolicyRequest`] request; get one from [`Client::attach_policy`](super::super::Client::attach_policy).
#[derive(Clone, Debug)]
pub struct AttachPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: AttachPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl AttachPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        AttachPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &AttachPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: AttachPolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 授权范围。取值：
    ///
    /// - 资源组ID：权限在指定的资源组内生效。
    /// - 阿里云账号ID：被授权对象所属的阿里云账号ID，权限在该阿里云账号内生效。
    ///
    /// Wire name `ResourceGroupId`; required. Example: `rg-9gLOoK****`.
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
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义权限策略。
    /// - System：系统权限策略。
    ///
    /// Wire name `PolicyType`; required. Example: `System`.
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
    /// 长度为1~128个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `AdministratorAccess`.
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
    /// 被授权对象类型。取值：
    ///
    /// - IMSUser：RAM用户。
    /// - IMSGroup：RAM用户组。
    /// - ServiceRole：RAM角色。
    ///
    /// Wire name `PrincipalType`; required. Example: `IMSUser`.
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
    /// 被授权对象的名称。具体如下：
    ///
    /// - RAM用户：格式为&lt;UserName>@&lt;AccountAlias>.onaliyun.com，其中&lt;UserName>为RAM用户名称，&lt;AccountAlias>为账号别名。
    /// - RAM用户组：格式为&lt;GroupName>@group.&lt;AccountAlias>.onaliyun.com，其中&lt;GroupName>为RAM用户组名称，&lt;AccountAlias>为账号别名。
    /// - RAM角色：格式为&lt;RoleName>@role.&lt;AccountAlias>.onaliyunservice.com，其中&lt;RoleName>为RAM角色名称，&lt;AccountAlias>为账号别名。
    ///
    /// > 账号别名是默认域名中的一部分，请调用\[GetDefaultDomain\](~~186720~~)获取账号别名。
    ///
    /// Wire name `PrincipalName`; required. Example: `alice@demo.onaliyun.com`.
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        AttachPolicyResponse,
        ::alibabacloud::Error<AttachPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl AttachPolicyResponse {}
/// 返回结果
///
/// Output of [`AttachPolicy`](super::super::Client::attach_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct AttachPolicyResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `697852FB-50D7-44D9-9774-530C31EAC572`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttachPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttachPolicyResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`AttachPolicy`](super::super::Client::attach_policy) documents, plus [`Unhandled`](AttachPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachPolicyError {
    /// HTTP 400 `InvalidParameter.PolicyType`: The specified policy type is invalid.
    InvalidParameterPolicyType(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceGroup`: The specified resource group does not exist. You must first create a resource group.
    EntityNotExistsResourceGroup(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.ResourceGroup.Status`: You cannot perform an operation on a resource group that is being created or deleted.
    InvalidResourceGroupStatus(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for AttachPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyType" => {
                AttachPolicyError::InvalidParameterPolicyType(error)
            }
            "EntityNotExist.Policy" => AttachPolicyError::EntityNotExistPolicy(error),
            "EntityNotExists.ResourceGroup" => {
                AttachPolicyError::EntityNotExistsResourceGroup(error)
            }
            "Invalid.ResourceGroup.Status" => {
                AttachPolicyError::InvalidResourceGroupStatus(error)
            }
            _ => AttachPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            AttachPolicyError::InvalidParameterPolicyType(error)
            | AttachPolicyError::EntityNotExistPolicy(error)
            | AttachPolicyError::EntityNotExistsResourceGroup(error)
            | AttachPolicyError::InvalidResourceGroupStatus(error)
            | AttachPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for AttachPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for AttachPolicyError {}
