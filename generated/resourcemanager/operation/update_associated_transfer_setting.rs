/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "UpdateAssociatedTransferSetting",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "RuleSettings",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "EnableExistingResourcesTransfer",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\"}",
};
/// Input of [`UpdateAssociatedTransferSetting`](super::super::Client::update_associated_transfer_setting).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAssociatedTransferSettingRequest {
    /// 关联转组功能规则设置。
    ///
    /// Wire name `RuleSettings`.
    pub rule_settings: ::std::option::Option<::std::vec::Vec<RuleSettings>>,
    /// 是否启动存量关联资源跟随转组任务。取值：
    ///
    /// - false：不启动存量关联资源跟随转组任务。
    /// - true：启动存量关联资源跟随转组任务。
    ///
    /// Wire name `EnableExistingResourcesTransfer`. Example: `false`.
    pub enable_existing_resources_transfer: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAssociatedTransferSettingRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAssociatedTransferSettingRequest")
            .field("rule_settings", &self.rule_settings)
            .field(
                "enable_existing_resources_transfer",
                &self.enable_existing_resources_transfer,
            )
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for UpdateAssociatedTransferSettingRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RuleSettings", &self.rule_settings);
        writer
            .put(
                "EnableExistingResourcesTransfer",
                &self.enable_existing_resources_transfer,
            );
    }
}
/// Builds and sends a [`UpdateAssociatedTransferSettingRequest`] request; get one from [`Client::update_associated_transfer_setting`](super::super::Client::update_associated_transfer_setting).
#[derive(Clone, Debug)]
pub struct UpdateAssociatedTransferSettingFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: UpdateAssociatedTransferSettingRequest,
    options: ::alibabacloud::CallOptions,
}
impl UpdateAssociatedTransferSettingFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        UpdateAssociatedTransferSettingFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &UpdateAssociatedTransferSettingRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: UpdateAssociatedTransferSettingRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 关联转组功能规则设置。
    ///
    /// Wire name `RuleSettings`.
    ///
    /// Appends one item; call again to add more.
    pub fn rule_settings(mut self, item: RuleSettings) -> Self {
        self.request.rule_settings.get_or_insert_with(::std::vec::Vec::new).push(item);
        self
    }
    ///Sets or clears `RuleSettings`.
    pub fn set_rule_settings(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<RuleSettings>>,
    ) -> Self {
        self.request.rule_settings = value;
        self
    }
    /// 是否启动存量关联资源跟随转组任务。取值：
    ///
    /// - false：不启动存量关联资源跟随转组任务。
    /// - true：启动存量关联资源跟随转组任务。
    ///
    /// Wire name `EnableExistingResourcesTransfer`. Example: `false`.
    pub fn enable_existing_resources_transfer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.enable_existing_resources_transfer = Some(value.into());
        self
    }
    ///Sets or clears `EnableExistingResourcesTransfer`.
    pub fn set_enable_existing_resources_transfer(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.enable_existing_resources_transfer = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        UpdateAssociatedTransferSettingResponse,
        ::alibabacloud::Error<UpdateAssociatedTransferSettingError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl UpdateAssociatedTransferSettingResponse {}
/// 返回结果。
///
/// Output of [`UpdateAssociatedTransferSetting`](super::super::Client::update_associated_transfer_setting).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct UpdateAssociatedTransferSettingResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAssociatedTransferSettingResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAssociatedTransferSettingResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`UpdateAssociatedTransferSetting`](super::super::Client::update_associated_transfer_setting) documents, plus [`Unhandled`](UpdateAssociatedTransferSettingError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAssociatedTransferSettingError {
    /// HTTP 400 `UnsupportedOperation.UpdateAssociatedTransferRuleSetting`: Updating associated transfer rule setting before open associated transfer is not supported.
    UnsupportedOperationUpdateAssociatedTransferRuleSetting(
        ::alibabacloud::ServiceError,
    ),
    /// HTTP 404 `EntityNotExists.AssociatedTransferRule`: The associated transfer rule does not EXIST.
    EntityNotExistsAssociatedTransferRule(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for UpdateAssociatedTransferSettingError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "UnsupportedOperation.UpdateAssociatedTransferRuleSetting" => {
                UpdateAssociatedTransferSettingError::UnsupportedOperationUpdateAssociatedTransferRuleSetting(
                    error,
                )
            }
            "EntityNotExists.AssociatedTransferRule" => {
                UpdateAssociatedTransferSettingError::EntityNotExistsAssociatedTransferRule(
                    error,
                )
            }
            _ => UpdateAssociatedTransferSettingError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            UpdateAssociatedTransferSettingError::UnsupportedOperationUpdateAssociatedTransferRuleSetting(
                error,
            )
            | UpdateAssociatedTransferSettingError::EntityNotExistsAssociatedTransferRule(
                error,
            )
            | UpdateAssociatedTransferSettingError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for UpdateAssociatedTransferSettingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for UpdateAssociatedTransferSettingError {}
/// 关联转组功能开通状态。取值：
///
/// - Enable：开启。
/// - Disable：关闭。
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    ///Enable
    Enable,
    ///Disable
    Disable,
    /// A value this SDK does not know yet, kept as sent.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as the service spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Enable => "Enable",
            Status::Disable => "Disable",
            Status::Unknown(value) => value,
        }
    }
}
impl ::std::convert::From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "Enable" => Status::Enable,
            "Disable" => Status::Disable,
            other => Status::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::alibabacloud::__private::serde::Serialize for Status {
    fn serialize<S: ::alibabacloud::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::alibabacloud::__private::serde::Deserialize<'de> for Status {
    fn deserialize<D: ::alibabacloud::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        ::alibabacloud::__private::de::string(deserializer)
            .map(|value| Status::from(value.as_str()))
    }
}
impl ::alibabacloud::__private::ParamValue for Status {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_str(key, self.as_str());
    }
}
/// 关联转组功能规则设置。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct RuleSettings {
    /// 关联转组功能开通状态。取值：
    ///
    /// - Enable：开启。
    /// - Disable：关闭。
    ///
    /// Wire name `Status`; required. Example: `Enable`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<Status>,
    /// 主资源的云服务代码。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取云服务代码。
    ///
    /// Wire name `MasterService`. Example: `ecs`.
    #[serde(rename = "MasterService", skip_serializing_if = "Option::is_none")]
    pub master_service: ::std::option::Option<::std::string::String>,
    /// 主资源的资源类型。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取资源类型。
    ///
    /// Wire name `MasterResourceType`. Example: `instance`.
    #[serde(rename = "MasterResourceType", skip_serializing_if = "Option::is_none")]
    pub master_resource_type: ::std::option::Option<::std::string::String>,
    /// 关联资源的云服务代码。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**云服务代码**列获取云服务代码。
    ///
    /// Wire name `AssociatedService`. Example: `ecs`.
    #[serde(rename = "AssociatedService", skip_serializing_if = "Option::is_none")]
    pub associated_service: ::std::option::Option<::std::string::String>,
    /// 关联资源的资源类型。
    ///
    /// 您可以从\[支持资源组的云服务\](~~94479~~)的**资源类型**列获取资源类型。
    ///
    /// Wire name `AssociatedResourceType`. Example: `disk`.
    #[serde(rename = "AssociatedResourceType", skip_serializing_if = "Option::is_none")]
    pub associated_resource_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RuleSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuleSettings")
            .field("status", &self.status)
            .field("master_service", &self.master_service)
            .field("master_resource_type", &self.master_resource_type)
            .field("associated_service", &self.associated_service)
            .field("associated_resource_type", &self.associated_resource_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for RuleSettings {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "MasterService", &self.master_service);
        writer.put_field(key, "MasterResourceType", &self.master_resource_type);
        writer.put_field(key, "AssociatedService", &self.associated_service);
        writer.put_field(key, "AssociatedResourceType", &self.associated_resource_type);
    }
}
