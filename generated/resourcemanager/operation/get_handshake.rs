/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetHandshake",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "HandshakeId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Handshake\":{\"CreateTime\":\"2018-08-10T09:55:41Z\",\"ExpireTime\":\"2018-08-24T09:55:41Z\",\"HandshakeId\":\"h-ycm4rp****\",\"InvitedAccountRealName\":\"Alice\",\"MasterAccountId\":\"172841235500****\",\"MasterAccountName\":\"company@example.com\",\"MasterAccountRealName\":\"company\",\"ModifyTime\":\"2018-08-10T09:55:41Z\",\"Note\":\"欢迎您加入\",\"ResourceDirectoryId\":\"rd-abcdef****\",\"Status\":\"Pending\",\"TargetEntity\":\"someone@example.com\",\"TargetType\":\"Email\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`GetHandshake`](super::super::Client::get_handshake).
#[derive(Clone, Default, PartialEq)]
pub struct GetHandshakeRequest {
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`; required. Example: `h-ycm4rp****`.
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetHandshakeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetHandshakeRequest")
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetHandshakeRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("HandshakeId", &self.handshake_id);
    }
}
/// Builds and sends a [`GetHandshakeRequest`] request; get one from [`Client::get_handshake`](super::super::Client::get_handshake).
#[derive(Clone, Debug)]
pub struct GetHandshakeFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetHandshakeRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetHandshakeFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetHandshakeFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetHandshakeRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetHandshakeRequest) -> Self {
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
        GetHandshakeResponse,
        ::alibabacloud::Error<GetHandshakeError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetHandshakeResponse {}
/// 返回结果。
///
/// Output of [`GetHandshake`](super::super::Client::get_handshake).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetHandshakeResponse {
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
impl ::std::fmt::Debug for GetHandshakeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetHandshakeResponse")
            .field("request_id", &self.request_id)
            .field("handshake", &self.handshake)
            .finish()
    }
}
/// The errors [`GetHandshake`](super::super::Client::get_handshake) documents, plus [`Unhandled`](GetHandshakeError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHandshakeError {
    /// HTTP 400 `MissingParameter.HandshakeId`: You must specify HandshakeId.
    MissingParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.HandshakeId`: The HandshakeId is invalid.
    InvalidParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Handshake`: The specified handshake does not exist.
    EntityNotExistsHandshake(::alibabacloud::ServiceError),
    /// HTTP 409 `HandshakeStatusMismatch`: The invitation is invalid.
    HandshakeStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `MissingAccountRealName`: The name of the invited account is not specified.
    MissingAccountRealName(::alibabacloud::ServiceError),
    /// HTTP 409 `NoRealNameAuthentication`: The account invited has not passed real-name authentication.
    NoRealNameAuthentication(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetHandshakeError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.HandshakeId" => {
                GetHandshakeError::MissingParameterHandshakeId(error)
            }
            "InvalidParameter.HandshakeId" => {
                GetHandshakeError::InvalidParameterHandshakeId(error)
            }
            "EntityNotExists.Handshake" => {
                GetHandshakeError::EntityNotExistsHandshake(error)
            }
            "HandshakeStatusMismatch" => {
                GetHandshakeError::HandshakeStatusMismatch(error)
            }
            "MissingAccountRealName" => GetHandshakeError::MissingAccountRealName(error),
            "NoRealNameAuthentication" => {
                GetHandshakeError::NoRealNameAuthentication(error)
            }
            _ => GetHandshakeError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetHandshakeError::MissingParameterHandshakeId(error)
            | GetHandshakeError::InvalidParameterHandshakeId(error)
            | GetHandshakeError::EntityNotExistsHandshake(error)
            | GetHandshakeError::HandshakeStatusMismatch(error)
            | GetHandshakeError::MissingAccountRealName(error)
            | GetHandshakeError::NoRealNameAuthentication(error)
            | GetHandshakeError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetHandshakeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetHandshakeError {}
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
    /// Wire name `Status`. Example: `Pending`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 邀请的过期时间（UTC时间）。
    ///
    /// Wire name `ExpireTime`. Example: `2018-08-24T09:55:41Z`.
    #[serde(rename = "ExpireTime", skip_serializing_if = "Option::is_none")]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// 邀请的创建时间（UTC时间）。
    ///
    /// Wire name `CreateTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 被邀请账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`. Example: `someone@example.com`.
    #[serde(rename = "TargetEntity", skip_serializing_if = "Option::is_none")]
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172841235500****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`. Example: `h-ycm4rp****`.
    #[serde(rename = "HandshakeId", skip_serializing_if = "Option::is_none")]
    pub handshake_id: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号实名认证信息。
    ///
    /// > 被邀请方调用此接口时，才能查看该参数。
    ///
    /// Wire name `MasterAccountRealName`. Example: `company`.
    #[serde(rename = "MasterAccountRealName", skip_serializing_if = "Option::is_none")]
    pub master_account_real_name: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-abcdef****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 被邀请方实名认证信息。
    ///
    /// > 被邀请方调用此接口时，才能查看该参数。
    ///
    /// Wire name `InvitedAccountRealName`. Example: `Alice`.
    #[serde(rename = "InvitedAccountRealName", skip_serializing_if = "Option::is_none")]
    pub invited_account_real_name: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `company@example.com`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 被邀请账号类型。取值：
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`. Example: `Email`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 邀请的修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Handshake {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Handshake")
            .field("status", &self.status)
            .field("expire_time", &self.expire_time)
            .field("create_time", &self.create_time)
            .field("target_entity", &self.target_entity)
            .field("master_account_id", &self.master_account_id)
            .field("handshake_id", &self.handshake_id)
            .field("master_account_real_name", &self.master_account_real_name)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("invited_account_real_name", &self.invited_account_real_name)
            .field("note", &self.note)
            .field("master_account_name", &self.master_account_name)
            .field("target_type", &self.target_type)
            .field("modify_time", &self.modify_time)
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
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "TargetEntity", &self.target_entity);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "HandshakeId", &self.handshake_id);
        writer.put_field(key, "MasterAccountRealName", &self.master_account_real_name);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "InvitedAccountRealName", &self.invited_account_real_name);
        writer.put_field(key, "Note", &self.note);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "TargetType", &self.target_type);
        writer.put_field(key, "ModifyTime", &self.modify_time);
    }
}
