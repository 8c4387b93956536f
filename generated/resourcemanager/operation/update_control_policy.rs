/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UpdateControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewPolicyName",
            kind: ::alibabacloud::__private::ParamKind::String,
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "NewPolicyDocument",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"ControlPolicy\":{\"AttachmentCount\":\"0\",\"CreateDate\":\"2021-03-18T09:24:19Z\",\"Description\":\"ExampleControlPolicy\",\"EffectScope\":\"RAM\",\"PolicyId\":\"cp-jExXAqIYkwHN****\",\"PolicyName\":\"NewControlPolicy\",\"PolicyType\":\"Custom\",\"UpdateDate\":\"2021-03-18T10:04:55Z\"},\"RequestId\":\"2DFCE4C9-04A9-4C83-BB14-FE791275EC53\"}",
};
/// Input of [`UpdateControlPolicy`](super::super::Client::update_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateControlPolicyRequest {
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 新的管控策略名称。
    ///
    /// 长度为1~128个字符，必须以英文字母开头，可以包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `NewPolicyName`. Example: `NewControlPolicy`.
    pub new_policy_name: ::std::option::Option<::std::string::String>,
    /// 新的管控策略描述。
    ///
    /// 长度为1~1024个字符，必须以英文字母开头，可以包含英文字母、数字、下划线（_）和短划线（-）。
    ///
    /// Wire name `NewDescription`. Example: `ExampleControlPolicy`.
    pub new_description: ::std::option::Option<::std::string::String>,
    /// 新的管控策略内容。
    ///
    /// 最大长度为4096个字符。
    ///
    /// 管控策略语言，请参见\[管控策略语言\](~~179096~~)。
    ///
    /// 管控策略示例，请参见\[自定义管控策略示例\](~~181474~~)。
    ///
    /// Wire name `NewPolicyDocument`. Example: `{"Version":"1","Statement":[{"Effect":"Deny","Action":["ram:UpdateRole","ram:DeleteRole","ram:AttachPolicyToRole","ram:DetachPolicyFromRole"],"Resource":"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole"}]}`.
    pub new_policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateControlPolicyRequest")
            .field("policy_id", &self.policy_id)
            .field("new_policy_name", &self.new_policy_name)
            .field("new_description", &self.new_description)
            .field("new_policy_document", &self.new_policy_document)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UpdateControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyId", &self.policy_id);
        writer.put("NewPolicyName", &self.new_policy_name);
        writer.put("NewDescription", &self.new_description);
        writer.put("NewPolicyDocument", &self.new_policy_document);
    }
}
/// Builds and sends a [`UpdateControlPolicyRequest`] request; get one from [`Client::update_control_policy`](super::super::Client::update_control_policy).
#[derive(Clone, Debug)]
pub struct UpdateControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UpdateControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl UpdateControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UpdateControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UpdateControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UpdateControlPolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
    pub fn policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_id = Some(value.into());
        self
    }
    ///Sets or clears `PolicyId`.
    pub fn set_policy_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_id = value;
        self
    }
    /// 新的管控策略名称。
    ///
    /// 长度为1~128个字符，必须以英文字母开头，可以包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `NewPolicyName`. Example: `NewControlPolicy`.
    pub fn new_policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_policy_name = Some(value.into());
        self
    }
    ///Sets or clears `NewPolicyName`.
    pub fn set_new_policy_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_policy_name = value;
        self
    }
    /// 新的管控策略描述。
    ///
    /// 长度为1~1024个字符，必须以英文字母开头，可以包含英文字母、数字、下划线（_）和短划线（-）。
    ///
    /// Wire name `NewDescription`. Example: `ExampleControlPolicy`.
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
    /// 新的管控策略内容。
    ///
    /// 最大长度为4096个字符。
    ///
    /// 管控策略语言，请参见\[管控策略语言\](~~179096~~)。
    ///
    /// 管控策略示例，请参见\[自定义管控策略示例\](~~181474~~)。
    ///
    /// Wire name `NewPolicyDocument`. Example: `{"Version":"1","Statement":[{"Effect":"Deny","Action":["ram:UpdateRole","ram:DeleteRole","ram:AttachPolicyToRole","ram:DetachPolicyFromRole"],"Resource":"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole"}]}`.
    pub fn new_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.new_policy_document = Some(value.into());
        self
    }
    ///Sets or clears `NewPolicyDocument`.
    pub fn set_new_policy_document(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.new_policy_document = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        UpdateControlPolicyResponse,
        ::alibabacloud::Error<UpdateControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UpdateControlPolicyResponse {}
/// 返回结果。
///
/// Output of [`UpdateControlPolicy`](super::super::Client::update_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UpdateControlPolicyResponse {
    /// 管控策略详情。
    ///
    /// Wire name `ControlPolicy`.
    #[serde(rename = "ControlPolicy", skip_serializing_if = "Option::is_none")]
    pub control_policy: ::std::option::Option<ControlPolicy>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `2DFCE4C9-04A9-4C83-BB14-FE791275EC53`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateControlPolicyResponse")
            .field("control_policy", &self.control_policy)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`UpdateControlPolicy`](super::super::Client::update_control_policy) documents, plus [`Unhandled`](UpdateControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateControlPolicyError {
    /// HTTP 400 `InvalidParameter.NewPolicyDocument.Length`: Unable to save your policy. A policy contains a maximum of 4096 characters.
    InvalidParameterNewPolicyDocumentLength(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for UpdateControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.NewPolicyDocument.Length" => {
                UpdateControlPolicyError::InvalidParameterNewPolicyDocumentLength(error)
            }
            _ => UpdateControlPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UpdateControlPolicyError::InvalidParameterNewPolicyDocumentLength(error)
            | UpdateControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UpdateControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UpdateControlPolicyError {}
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
    /// Wire name `UpdateDate`. Example: `2021-03-18T10:04:55Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 管控策略描述。
    ///
    /// Wire name `Description`. Example: `ExampleControlPolicy`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 管控策略生效范围。取值：
    ///
    /// - All：表示该管控策略针对阿里云账号、RAM用户或RAM角色生效。
    /// - RAM：表示该管控策略仅针对RAM用户或RAM角色生效。
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
    /// Wire name `PolicyName`. Example: `NewControlPolicy`.
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
