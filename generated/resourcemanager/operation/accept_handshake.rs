/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "AcceptHandshake",
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
    example_response: "{\"Handshake\":{\"CreateTime\":\"2021-01-06T02:15:40Z\",\"ExpireTime\":\"2021-01-20T02:15:40Z\",\"HandshakeId\":\"h-Ih8IuPfvV0t0****\",\"MasterAccountId\":\"151266687691****\",\"MasterAccountName\":\"CompanyA\",\"ModifyTime\":\"2021-01-06T02:16:40Z\",\"Note\":\"欢迎您加入\",\"ResourceDirectoryId\":\"rd-3G****\",\"Status\":\"Accepted\",\"TargetEntity\":\"177242285274****\",\"TargetType\":\"Account\"},\"RequestId\":\"5828C836-3286-49A6-9006-15231BB19342\"}",
};
/// Input of [`AcceptHandshake`](super::super::Client::accept_handshake).
#[derive(Clone, Default, PartialEq)]
pub struct AcceptHandshakeRequest {
    /// 邀请ID。
    ///
    /// 您可以调用\[ListHandshakesForAccount\](~~160006~~)获取邀请ID。
    ///
    /// Wire name `HandshakeId`; required. Example: `h-Ih8IuPfvV0t0****`.
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AcceptHandshakeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AcceptHandshakeRequest")
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for AcceptHandshakeRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("HandshakeId", &self.handshake_id);
    }
}
/// Builds and sends a [`AcceptHandshakeRequest`] request; get one from [`Client::accept_handshake`](super::super::Client::accept_handshake).
#[derive(Clone, Debug)]
pub struct AcceptHandshakeFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: AcceptHandshakeRequest,
    options: ::alibabacloud::CallOptions,
}
impl AcceptHandshakeFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        AcceptHandshakeFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &AcceptHandshakeRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: AcceptHandshakeRequest) -> Self {
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
    /// 您可以调用\[ListHandshakesForAccount\](~~160006~~)获取邀请ID。
    ///
    /// Wire name `HandshakeId`; required. Example: `h-Ih8IuPfvV0t0****`.
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
        AcceptHandshakeResponse,
        ::alibabacloud::Error<AcceptHandshakeError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl AcceptHandshakeResponse {}
/// 返回参数。
///
/// Output of [`AcceptHandshake`](super::super::Client::accept_handshake).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct AcceptHandshakeResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `5828C836-3286-49A6-9006-15231BB19342`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 邀请信息。
    ///
    /// Wire name `Handshake`.
    #[serde(rename = "Handshake", skip_serializing_if = "Option::is_none")]
    pub handshake: ::std::option::Option<Handshake>,
}
impl ::std::fmt::Debug for AcceptHandshakeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AcceptHandshakeResponse")
            .field("request_id", &self.request_id)
            .field("handshake", &self.handshake)
            .finish()
    }
}
/// The errors [`AcceptHandshake`](super::super::Client::accept_handshake) documents, plus [`Unhandled`](AcceptHandshakeError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptHandshakeError {
    /// HTTP 400 `MissingParameter.HandshakeId`: You must specify HandshakeId.
    MissingParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.HandshakeId`: The HandshakeId is invalid.
    InvalidParameterHandshakeId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Handshake`: The specified handshake does not exist.
    EntityNotExistsHandshake(::alibabacloud::ServiceError),
    /// HTTP 404 `SpecifiedResourceDirectoryNotExists`: The specified resource directory does not exist. You must specify a valid resource directory.
    SpecifiedResourceDirectoryNotExists(::alibabacloud::ServiceError),
    /// HTTP 409 `HandshakeStatusMismatch`: The invitation is invalid.
    HandshakeStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: Your account is a management account for another resource directory or a member of another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.AccountType`: The specified profile type of account is invalid.
    InvalidAccountType(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.Account.RealNameType`: Your account is not a real-name of enterprise type, so you cannot accept the invitation.
    NotSupportAccountRealNameType(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for AcceptHandshakeError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.HandshakeId" => {
                AcceptHandshakeError::MissingParameterHandshakeId(error)
            }
            "InvalidParameter.HandshakeId" => {
                AcceptHandshakeError::InvalidParameterHandshakeId(error)
            }
            "EntityNotExists.Handshake" => {
                AcceptHandshakeError::EntityNotExistsHandshake(error)
            }
            "SpecifiedResourceDirectoryNotExists" => {
                AcceptHandshakeError::SpecifiedResourceDirectoryNotExists(error)
            }
            "HandshakeStatusMismatch" => {
                AcceptHandshakeError::HandshakeStatusMismatch(error)
            }
            "NotSupport.AccountInAnotherResourceDirectory" => {
                AcceptHandshakeError::NotSupportAccountInAnotherResourceDirectory(error)
            }
            "Invalid.AccountType" => AcceptHandshakeError::InvalidAccountType(error),
            "NotSupport.Account.RealNameType" => {
                AcceptHandshakeError::NotSupportAccountRealNameType(error)
            }
            _ => AcceptHandshakeError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            AcceptHandshakeError::MissingParameterHandshakeId(error)
            | AcceptHandshakeError::InvalidParameterHandshakeId(error)
            | AcceptHandshakeError::EntityNotExistsHandshake(error)
            | AcceptHandshakeError::SpecifiedResourceDirectoryNotExists(error)
            | AcceptHandshakeError::HandshakeStatusMismatch(error)
            | AcceptHandshakeError::NotSupportAccountInAnotherResourceDirectory(error)
            | AcceptHandshakeError::InvalidAccountType(error)
            | AcceptHandshakeError::NotSupportAccountRealNameType(error)
            | AcceptHandshakeError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for AcceptHandshakeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for AcceptHandshakeError {}
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
    /// Wire name `Status`. Example: `Accepted`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 邀请的过期时间（UTC时间）。
    ///
    /// Wire name `ExpireTime`. Example: `2021-01-20T02:15:40Z`.
    #[serde(rename = "ExpireTime", skip_serializing_if = "Option::is_none")]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-3G****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 邀请的创建时间（UTC时间）。
    ///
    /// Wire name `CreateTime`. Example: `2021-01-06T02:15:40Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// 被邀请的阿里云账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`. Example: `177242285274****`.
    #[serde(rename = "TargetEntity", skip_serializing_if = "Option::is_none")]
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 资源目录的管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `151266687691****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 资源目录的管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `CompanyA`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 邀请的修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2021-01-06T02:16:40Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 被邀请的阿里云账号类型。取值：
    ///
    /// - Account：阿里云账号ID。
    /// - Email：阿里云账号登录邮箱。
    ///
    /// Wire name `TargetType`. Example: `Account`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`. Example: `h-Ih8IuPfvV0t0****`.
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
