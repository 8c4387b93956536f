/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeclineHandshake",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "HandshakeId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Handshake\":{\"CreateTime\":\"2018-08-10T09:55:41Z\",\"ExpireTime\":\"2018-08-10T09:55:41Z\",\"HandshakeId\":\"h-ycm4rp****\",\"MasterAccountId\":\"172841235500****\",\"MasterAccountName\":\"Alice\",\"ModifyTime\":\"2018-08-10T09:55:41Z\",\"Note\":\"欢迎您加入\",\"ResourceDirectoryId\":\"rd-abcdef****\",\"Status\":\"Declined\",\"TargetEntity\":\"someone@example.com\",\"TargetType\":\"Email\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`DeclineHandshake`](super::super::Client::decline_handshake).
#[derive(Clone, Default, PartialEq)]
pub struct DeclineHandshakeRequest {
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`; required. Example: `h-ycm4rp****`.
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeclineHandshakeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeclineHandshakeRequest")
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeclineHandshakeRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("HandshakeId", &self.handshake_id);
    }
}
/// Builds and sends a [`DeclineHandshakeRequest`] request; get one from [`Client::decline_handshake`](super::super::Client::decline_handshake).
#[derive(Clone, Debug)]
pub struct DeclineHandshakeFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeclineHandshakeRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeclineHandshakeFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeclineHandshakeFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeclineHandshakeRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeclineHandshakeRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`; required. Example: `h-ycm4rp****`.
    pub fn handshake_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.handshake_id = Some(value.into());
        self
    }
    ///Sets or clears `HandshakeId`.
    pub fn set_handshake_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.handshake_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeclineHandshakeResponse,
        ::alibabacloud::Error<DeclineHandshakeError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeclineHandshakeResponse {}
/// Output of [`DeclineHandshake`](super::super::Client::decline_handshake).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeclineHandshakeResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 邀请信息。
    ///
    /// Wire name `Handshake`.
    #[serde(rename = "Handshake", skip_serializing_if = "Option::is_none")]
    pub handshake: ::std::option::Option<Handshake>,
}
impl ::std::fmt::Debug for DeclineHandshakeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeclineHandshakeResponse")
            .field("request_id", &self.request_id)
            .field("handshake", &self.handshake)
            .finish()
    }
}
/// The errors [`DeclineHandshake`](super::super::Client::decline_handshake) documents, plus [`Unhandled`](DeclineHandshakeError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeclineHandshakeError {
    /// HTTP 400 `MissingParameter.HandshakeId`: You must specify HandshakeId.
    MissingParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.HandshakeId`: The HandshakeId is invalid.
    InvalidParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Handshake`: The specified handshake does not exist.
    EntityNotExistsHandshake(::alibabacloud::ServiceError),
    /// HTTP 409 `HandshakeStatusMismatch`: The invitation is invalid.
    HandshakeStatusMismatch(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeclineHandshakeError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.HandshakeId" => {
                DeclineHandshakeError::MissingParameterHandshakeId(error)
            }
            "InvalidParameter.HandshakeId" => {
                DeclineHandshakeError::InvalidParameterHandshakeId(error)
            }
            "EntityNotExists.Handshake" => {
                DeclineHandshakeError::EntityNotExistsHandshake(error)
            }
            "HandshakeStatusMismatch" => {
                DeclineHandshakeError::HandshakeStatusMismatch(error)
            }
            _ => DeclineHandshakeError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeclineHandshakeError::MissingParameterHandshakeId(error)
            | DeclineHandshakeError::InvalidParameterHandshakeId(error)
            | DeclineHandshakeError::EntityNotExistsHandshake(error)
            | DeclineHandshakeError::HandshakeStatusMismatch(error)
            | DeclineHandshakeError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeclineHandshakeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeclineHandshakeError {}
/// 邀请信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Handshake {
    /// 邀请状态。取值：
    ///
    /// - Pending：等待确认。
    /// - Accepted：已接受。
    /// - Cancelled：已取消。
    /// - Declined：已拒绝。
    /// - Expired：超时。
    ///
    /// Wire name `Status`. Example: `Declined`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 邀请的过期时间。
    ///
    /// Wire name `ExpireTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "ExpireTime", skip_serializing_if = "Option::is_none")]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-abcdef****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 邀请的创建时间。
    ///
    /// Wire name `CreateTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// 被邀请账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`. Example: `someone@example.com`.
    #[serde(rename = "TargetEntity", skip_serializing_if = "Option::is_none")]
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 资源目录主账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172841235500****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 资源目录主账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `Alice`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 邀请的修改时间。
    ///
    /// Wire name `ModifyTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 被邀请账号类型。取值：
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`. Example: `Email`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`. Example: `h-ycm4rp****`.
    #[serde(rename = "HandshakeId", skip_serializing_if = "Option::is_none")]
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Handshake {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Handshake")
            .field("status", &self.status)
            .field("expire_time", &self.expire_time)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("create_time", &self.create_time)
            .field("note", &self.note)
            .field("target_entity", &self.target_entity)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
            .field("modify_time", &self.modify_time)
            .field("target_type", &self.target_type)
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Handshake {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "ExpireTime", &self.expire_time);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "Note", &self.note);
        writer.put_field(key, "TargetEntity", &self.target_entity);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "TargetType", &self.target_type);
        writer.put_field(key, "HandshakeId", &self.handshake_id);
    }
}
