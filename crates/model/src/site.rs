//! `site.json`: the small file every page needs (office facts, navigation, footer). It is
//! kept small on purpose: the first view downloads it.

use crate::news::Section;
use crate::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub schema: u64,
    /// The public address of the site, without a trailing slash, for canonical links
    /// (e.g. `https://ka.sz.gov.cn`).
    pub origin: String,
    pub office: Office,
    /// Primary navigation, in order. The UI shows only links to routes it has.
    pub navigation: Vec<NavLink>,
    pub footer: Footer,
    /// Sections that list items (news, notices), each with its categories.
    pub sections: Vec<Section>,
    /// The home page's lead paragraph.
    pub home_lead: Text,
    /// Where to report a vulnerability, served as the `Contact:` lines of
    /// `/.well-known/security.txt` (RFC 9116), in order of preference: `mailto:`, `tel:`
    /// (RFC 3966, e.g. `tel:+86-755-83394325`) or `https:` URIs.
    pub security_contact: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub name: Text,
    pub short_name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NavLink {
    pub label: Text,
    /// A language-neutral path inside the portal, e.g. `/about`.
    pub path: String,
    /// An optional one-line description, shown where links are listed as cards.
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    /// 主办单位
    pub host: Text,
    pub address: Text,
    pub postcode: String,
    pub phone: String,
    pub fax: String,
    /// 网站标识码
    pub site_code: String,
    /// ICP filing (备案号), with the national lookup address.
    pub icp: FilingNumber,
    /// Public-security filing (公安备案号).
    pub public_security: FilingNumber,
    /// about / copyright / privacy / site map.
    pub links: Vec<NavLink>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingNumber {
    pub text: Text,
    /// The public register where the number can be checked.
    pub url: String,
}
