/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyId",
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
    example_response: "{\"ControlPolicy\":{\"AttachmentCount\":\"0\",\"CreateDate\":\"2021-03-18T08:51:33Z\",\"Description\":\"ExampleControlPolicy\",\"EffectScope\":\"RAM\",\"PolicyDocument\":\"{\\\\\\\"Version\\\\\\\":\\\\\\\"1\\\\\\\",\\\\\\\"Statement\\\\\\\":[{\\\\\\\"Effect\\\\\\\":\\\\\\\"Deny\\\\\\\",\\\\\\\"Action\\\\\\\":[\\\\\\\"ram:UpdateRole\\\\\\\",\\\\\\\"ram:DeleteRole\\\\\\\",\\\\\\\"ram:AttachPolicyToRole\\\\\\\",\\\\\\\"ram:DetachPolicyFromRole\\\\\\\"],\\\\\\\"Resource\\\\\\\":\\\\\\\"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole\\\\\\\"}]}\",\"PolicyId\":\"cp-SImPt8GCEwiq****\",\"PolicyName\":\"test\",\"PolicyType\":\"Custom\",\"UpdateDate\":\"2021-03-18T08:51:33Z\"},\"RequestId\":\"AB769936-CDFA-4D52-8CE2-A3581800044A\"}",
};
/// Input of [`GetControlPolicy`](super::super::Client::get_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct GetControlPolicyRequest {
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-SImPt8GCEwiq****`.
    pub policy_id: ::std::option::Option<::std::string::String>,
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
impl ::std::fmt::Debug for GetControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetControlPolicyRequest")
            .field("policy_id", &self.policy_id)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyId", &self.policy_id);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`GetControlPolicyRequest`] request; get one from [`Client::get_control_policy`](super::super::Client::get_control_policy).
#[derive(Clone, Debug)]
pub struct GetControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetControlPolicyRequest) -> Self {
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
    /// Wire name `PolicyId`; required. Example: `cp-SImPt8GCEwiq****`.
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
        GetControlPolicyResponse,
        ::alibabacloud::Error<GetControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetControlPolicyResponse {}
/// Output of [`GetControlPolicy`](super::super::Client::get_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetControlPolicyResponse {
    /// 管控策略详情。
    ///
    /// Wire name `ControlPolicy`.
    #[serde(rename = "ControlPolicy", skip_serializing_if = "Option::is_none")]
    pub control_policy: ::std::option::Option<ControlPolicy>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `AB769936-CDFA-4D52-8CE2-A3581800044A`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetControlPolicyResponse")
            .field("control_policy", &self.control_policy)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetControlPolicy`](super::super::Client::get_control_policy) documents, plus [`Unhandled`](GetControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetControlPolicyError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        GetControlPolicyError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetControlPolicyError {}
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
    /// 管控策略内容。
    ///
    /// Wire name `PolicyDocument`. Example: `{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"ram:UpdateRole\",\"ram:DeleteRole\",\"ram:AttachPolicyToRole\",\"ram:DetachPolicyFromRole\"],\"Resource\":\"acs:ram:*:*:role/ResourceDirectoryAccountAccessRole\"}]}`.
    #[serde(rename = "PolicyDocument", skip_serializing_if = "Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// 管控策略更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2021-03-18T08:51:33Z`.
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
    /// Wire name `PolicyName`. Example: `test`.
    #[serde(rename = "PolicyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`. Example: `cp-SImPt8GCEwiq****`.
    #[serde(rename = "PolicyId", skip_serializing_if = "Option::is_none")]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 管控策略创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2021-03-18T08:51:33Z`.
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
            .field("policy_document", &self.policy_document)
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
        writer.put_field(key, "PolicyDocument", &self.policy_document);
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
