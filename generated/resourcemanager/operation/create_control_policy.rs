/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyName",
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
            name: "EffectScope",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyDocument",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"ControlPolicy\":{\"AttachmentCount\":\"0\",\"CreateDate\":\"2021-03-18T09:24:19Z\",\"Description\":\"ExampleControlPolicy\",\"EffectScope\":\"RAM\",\"PolicyId\":\"cp-jExXAqIYkwHN****\",\"PolicyName\":\"ExampleControlPolicy\",\"PolicyType\":\"Custom\",\"UpdateDate\":\"2021-03-18T09:24:19Z\"},\"RequestId\":\"776B05B3-A0B0-464B-A191-F4E1119A94B2\"}",
};
/// Input of [`CreateControlPolicy`](super::super::Client::create_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct CreateControlPolicyRequest {
    /// 管控策略名称。
    ///
    /// 长度为1~128个字符，必须以英文字母开头，可以包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `ExampleControlPolicy`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 管控策略描述。
    ///
    /// 长度为1~1024个字符，必须以英文字母开头，可以包含英文字母、数字、下划线（_）和短划线（-）。
    ///
    /// Wire name `Description`. Example: `ExampleControlPolicy`.
    pub description: ::std::option::Option<::std::string::String>,
    /// 管控策略的生效范围。
    ///
    /// 取值：RAM，表示该管控策略仅针对RAM用户或RAM角色生效。
    ///
    /// Wire name `EffectScope`; required. Example: `RAM`.
    pub effect_scope: ::std::option::Option<::std::string::String>,
    /// 管控策略内容。
    ///
    /// 最大长度为4096个字符。
    ///
    /// 管控策略语言，请参见\[管控策略语言\](~~179096~~)。
    ///
    /// 管控策略示例，请参见\[自定义管控策略示例\](~~181474~~)。
    ///
    /// Wire name `PolicyDocument`; required. Example: `{"Version":"1","Statement":[{"Effect":"Deny","Action":["ram:UpdateRole","ram:DeleteRole","ram:AttachPolicyToRole","ram:DetachPolicyFromRole"],"Resource":"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole"}]}`.
    pub policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateControlPolicyRequest")
            .field("policy_name", &self.policy_name)
            .field("description", &self.description)
            .field("effect_scope", &self.effect_scope)
            .field("policy_document", &self.policy_document)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("Description", &self.description);
        writer.put("EffectScope", &self.effect_scope);
        writer.put("PolicyDocument", &self.policy_document);
    }
}
/// Builds and sends a [`CreateControlPolicyRequest`] request; get one from [`Client::create_control_policy`](super::super::Client::create_control_policy).
#[derive(Clone, Debug)]
pub struct CreateControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateControlPolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 管控策略名称。
    ///
    /// 长度为1~128个字符，必须以英文字母开头，可以包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `ExampleControlPolicy`.
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
    /// 管控策略描述。
    ///
    /// 长度为1~1024个字符，必须以英文字母开头，可以包含英文字母、数字、下划线（_）和短划线（-）。
    ///
    /// Wire name `Description`. Example: `ExampleControlPolicy`.
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
    /// 管控策略的生效范围。
    ///
    /// 取值：RAM，表示该管控策略仅针对RAM用户或RAM角色生效。
    ///
    /// Wire name `EffectScope`; required. Example: `RAM`.
    pub fn effect_scope(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.effect_scope = Some(value.into());
        self
    }
    ///Sets or clears `EffectScope`.
    pub fn set_effect_scope(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.effect_scope = value;
        self
    }
    /// 管控策略内容。
    ///
    /// 最大长度为4096个字符。
    ///
    /// 管控策略语言，请参见\[管控策略语言\](~~179096~~)。
    ///
    /// 管控策略示例，请参见\[自定义管控策略示例\](~~181474~~)。
    ///
    /// Wire name `PolicyDocument`; required. Example: `{"Version":"1","Statement":[{"Effect":"Deny","Action":["ram:UpdateRole","ram:DeleteRole","ram:AttachPolicyToRole","ram:DetachPolicyFromRole"],"Resource":"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole"}]}`.
    pub fn policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_document = Some(value.into());
        self
    }
    ///Sets or clears `PolicyDocument`.
    pub fn set_policy_document(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_document = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateControlPolicyResponse,
        ::alibabacloud::Error<CreateControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateControlPolicyResponse {}
/// 返回结果。
///
/// Output of [`CreateControlPolicy`](super::super::Client::create_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateControlPolicyResponse {
    /// 管控策略详情。
    ///
    /// Wire name `ControlPolicy`.
    #[serde(rename = "ControlPolicy", skip_serializing_if = "Option::is_none")]
    pub control_policy: ::std::option::Option<ControlPolicy>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `776B05B3-A0B0-464B-A191-F4E1119A94B2`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateControlPolicyResponse")
            .field("control_policy", &self.control_policy)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreateControlPolicy`](super::super::Client::create_control_policy) documents, plus [`Unhandled`](CreateControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateControlPolicyError {
    /// HTTP 409 `InvalidParameter.PolicyDocument.Length`: The maximum length of the policy document is exceeded. It must not exceed 4096 characters.
    InvalidParameterPolicyDocumentLength(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyDocument.Length" => {
                CreateControlPolicyError::InvalidParameterPolicyDocumentLength(error)
            }
            _ => CreateControlPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateControlPolicyError::InvalidParameterPolicyDocumentLength(error)
            | CreateControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateControlPolicyError {}
/// 管控策略详情。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ControlPolicy {
    /// 管控策略更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2021-03-18T09:24:19Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 管控策略描述。
    ///
    /// Wire name `Description`. Example: `ExampleControlPolicy`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 管控策略生效范围。
    ///
    ///
    /// 取值：RAM，表示该管控策略仅针对RAM用户或RAM角色生效。
    ///
    /// Wire name `EffectScope`. Example: `RAM`.
    #[serde(rename = "EffectScope", skip_serializing_if = "Option::is_none")]
    pub effect_scope: ::std::option::Option<::std::string::String>,
    /// 管控策略被引用的次数。
    ///
    /// Wire name `AttachmentCount`. Example: `0`.
    #[serde(rename = "AttachmentCount", skip_serializing_if = "Option::is_none")]
    pub attachment_count: ::std::option::Option<::std::string::String>,
    /// 管控策略名称。
    ///
    /// Wire name `PolicyName`. Example: `ExampleControlPolicy`.
    #[serde(rename = "PolicyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`. Example: `cp-jExXAqIYkwHN****`.
    #[serde(rename = "PolicyId", skip_serializing_if = "Option::is_none")]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 管控策略创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2021-03-18T09:24:19Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 管控策略类型。取值：
    ///
    /// - System：系统管控策略。
    /// - Custom：自定义管控策略。
    ///
    /// Wire name `PolicyType`. Example: `Custom`.
    #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ControlPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPolicy")
            .field("update_date", &self.update_date)
            .field("description", &self.description)
            .field("effect_scope", &self.effect_scope)
            .field("attachment_count", &self.attachment_count)
            .field("policy_name", &self.policy_name)
            .field("policy_id", &self.policy_id)
            .field("create_date", &self.create_date)
            .field("policy_type", &self.policy_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ControlPolicy {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "EffectScope", &self.effect_scope);
        writer.put_field(key, "AttachmentCount", &self.attachment_count);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "PolicyId", &self.policy_id);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}
