/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListControlPolicyAttachmentsForTarget",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "TargetId",
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
    example_response: "{\"ControlPolicyAttachments\":{\"ControlPolicyAttachment\":[{\"AttachDate\":\"2021-03-19T02:56:24Z\",\"Description\":\"ExampleControlPolicy\",\"EffectScope\":\"RAM\",\"PolicyId\":\"cp-jExXAqIYkwHN****\",\"PolicyName\":\"ExampleControlPolicy\",\"PolicyType\":\"Custom\"}]},\"RequestId\":\"C276B600-7B7A-49E8-938C-E16CFA955A82\"}",
};
/// Input of [`ListControlPolicyAttachmentsForTarget`](super::super::Client::list_control_policy_attachments_for_target).
#[derive(Clone, Default, PartialEq)]
pub struct ListControlPolicyAttachmentsForTargetRequest {
    /// 目标节点。取值：
    ///
    /// - Root ID：查询Root节点绑定的管控策略。
    /// - 资源夹ID：查询资源夹绑定的管控策略。
    /// - 成员ID：查询成员绑定的管控策略。
    ///
    /// Wire name `TargetId`; required. Example: `fd-ZDNPiT****`.
    pub target_id: ::std::option::Option<::std::string::String>,
    /// 指定返回结果中管控策略描述的语言。取值：
    ///
    /// - zh-CN（默认值）：中文。
    /// - en：英文。
    /// - ja：日文。
    ///
    /// > 该参数仅在系统管控策略时有效。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListControlPolicyAttachmentsForTargetRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListControlPolicyAttachmentsForTargetRequest")
            .field("target_id", &self.target_id)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams
for ListControlPolicyAttachmentsForTargetRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("TargetId", &self.target_id);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`ListControlPolicyAttachmentsForTargetRequest`] request; get one from [`Client::list_control_policy_attachments_for_target`](super::super::Client::list_control_policy_attachments_for_target).
#[derive(Clone, Debug)]
pub struct ListControlPolicyAttachmentsForTargetFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListControlPolicyAttachmentsForTargetRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListControlPolicyAttachmentsForTargetFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListControlPolicyAttachmentsForTargetFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListControlPolicyAttachmentsForTargetRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(
        mut self,
        request: ListControlPolicyAttachmentsForTargetRequest,
    ) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 目标节点。取值：
    ///
    /// - Root ID：查询Root节点绑定的管控策略。
    /// - 资源夹ID：查询资源夹绑定的管控策略。
    /// - 成员ID：查询成员绑定的管控策略。
    ///
    /// Wire name `TargetId`; required. Example: `fd-ZDNPiT****`.
    pub fn target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.target_id = Some(value.into());
        self
    }
    ///Sets or clears `TargetId`.
    pub fn set_target_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.target_id = value;
        self
    }
    /// 指定返回结果中管控策略描述的语言。取值：
    ///
    /// - zh-CN（默认值）：中文。
    /// - en：英文。
    /// - ja：日文。
    ///
    /// > 该参数仅在系统管控策略时有效。
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
    ) -> ::std::result::Result<
        ListControlPolicyAttachmentsForTargetResponse,
        ::alibabacloud::Error<ListControlPolicyAttachmentsForTargetError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListControlPolicyAttachmentsForTargetResponse {
    ///The items inside `ControlPolicyAttachments`, empty when the service sent none.
    pub fn control_policy_attachments(&self) -> &[ControlPolicyAttachment] {
        self.control_policy_attachments
            .as_ref()
            .and_then(|wrapper| wrapper.control_policy_attachment.as_deref())
            .unwrap_or_default()
    }
}
/// 返回参数。
///
/// Output of [`ListControlPolicyAttachmentsForTarget`](super::super::Client::list_control_policy_attachments_for_target).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListControlPolicyAttachmentsForTargetResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C276B600-7B7A-49E8-938C-E16CFA955A82`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Wire name `ControlPolicyAttachments`.
    #[serde(
        rename = "ControlPolicyAttachments",
        skip_serializing_if = "Option::is_none"
    )]
    pub control_policy_attachments: ::std::option::Option<ControlPolicyAttachments>,
}
impl ::std::fmt::Debug for ListControlPolicyAttachmentsForTargetResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListControlPolicyAttachmentsForTargetResponse")
            .field("request_id", &self.request_id)
            .field("control_policy_attachments", &self.control_policy_attachments)
            .finish()
    }
}
/// The errors [`ListControlPolicyAttachmentsForTarget`](super::super::Client::list_control_policy_attachments_for_target) documents, plus [`Unhandled`](ListControlPolicyAttachmentsForTargetError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListControlPolicyAttachmentsForTargetError {
    /// HTTP 404 `EntityNotExists.Target`: The specified target does not exist in the resource directory.
    EntityNotExistsTarget(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for ListControlPolicyAttachmentsForTargetError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.Target" => {
                ListControlPolicyAttachmentsForTargetError::EntityNotExistsTarget(error)
            }
            _ => ListControlPolicyAttachmentsForTargetError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListControlPolicyAttachmentsForTargetError::EntityNotExistsTarget(error)
            | ListControlPolicyAttachmentsForTargetError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListControlPolicyAttachmentsForTargetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListControlPolicyAttachmentsForTargetError {}
/// 已绑定的管控策略列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ControlPolicyAttachment {
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
    /// 绑定管控策略的时间。
    ///
    /// Wire name `AttachDate`. Example: `2021-03-19T02:56:24Z`.
    #[serde(rename = "AttachDate", skip_serializing_if = "Option::is_none")]
    pub attach_date: ::std::option::Option<::std::string::String>,
    /// 管控策略类型。取值：
    ///
    /// - System：系统管控策略。
    /// - Custom：自定义管控策略。
    ///
    /// Wire name `PolicyType`. Example: `Custom`.
    #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ControlPolicyAttachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPolicyAttachment")
            .field("description", &self.description)
            .field("effect_scope", &self.effect_scope)
            .field("policy_name", &self.policy_name)
            .field("policy_id", &self.policy_id)
            .field("attach_date", &self.attach_date)
            .field("policy_type", &self.policy_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ControlPolicyAttachment {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "EffectScope", &self.effect_scope);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "PolicyId", &self.policy_id);
        writer.put_field(key, "AttachDate", &self.attach_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}
impl ControlPolicyAttachments {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[ControlPolicyAttachment] {
        self.control_policy_attachment.as_deref().unwrap_or_default()
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
pub struct ControlPolicyAttachments {
    /// 已绑定的管控策略列表。
    ///
    /// Wire name `ControlPolicyAttachment`.
    #[serde(rename = "ControlPolicyAttachment", skip_serializing_if = "Option::is_none")]
    pub control_policy_attachment: ::std::option::Option<
        ::std::vec::Vec<ControlPolicyAttachment>,
    >,
}
impl ::std::fmt::Debug for ControlPolicyAttachments {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPolicyAttachments")
            .field("control_policy_attachment", &self.control_policy_attachment)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ControlPolicyAttachments {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer
            .put_field(key, "ControlPolicyAttachment", &self.control_policy_attachment);
    }
}
