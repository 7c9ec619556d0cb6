//! Renders body blocks (paragraphs, headings, lists, links, tables) as semantic HTML.
//! Text missing in the page's language is shown in zh-CN with `lang="zh-CN"` on its element,
//! so a screen reader switches voice instead of reading Chinese with English rules.

use super::wechat_hint::{hint_for, WechatHint};
use crate::i18n::lang_attr;
use leptos::prelude::*;
use portal_model::{Block, Lang, Text};

fn text(t: &Text, lang: Lang) -> (String, Option<&'static str>) {
    let shown = t.get(lang);
    (shown.text.to_string(), lang_attr(shown.lang, lang))
}

/// A portal path gets the page's language prefix; an absolute URL is left alone.
fn resolve_href(href: &str, lang: Lang) -> String {
    if href.starts_with('/') { lang.localize_path(href) } else { href.to_string() }
}

#[component]
pub fn Blocks(blocks: Vec<Block>, lang: Lang) -> impl IntoView {
    blocks.into_iter().map(|block| render(block, lang)).collect_view()
}

fn render(block: Block, lang: Lang) -> AnyView {
    match block {
        Block::Paragraph { text: t } => {
            let (s, l) = text(&t, lang);
            view! { <p lang=l>{s}</p> }.into_any()
        }
        Block::Heading { level, text: t } => {
            let (s, l) = text(&t, lang);
            match level.get() {
                2 => view! { <h2 lang=l>{s}</h2> }.into_any(),
                3 => view! { <h3 lang=l>{s}</h3> }.into_any(),
                _ => view! { <h4 lang=l>{s}</h4> }.into_any(),
            }
        }
        Block::List(list) => {
            let items = list
                .items
                .iter()
                .map(|item| {
                    let (s, l) = text(item, lang);
                    view! { <li lang=l>{s}</li> }
                })
                .collect_view();
            if list.ordered {
                view! { <ol class="list list--numbered">{items}</ol> }.into_any()
            } else {
                view! { <ul class="list list--bullet">{items}</ul> }.into_any()
            }
        }
        Block::Link { text: t, href } => {
            let (s, l) = text(&t, lang);
            // A file or another website gets the hint for WeChat readers (shown only there).
            let hint = hint_for(&href).map(|kind| view! { <WechatHint kind=kind lang=lang inline=true/> });
            view! { <p><a href=resolve_href(&href, lang) lang=l>{s}</a>{hint}</p> }.into_any()
        }
        Block::Table(table) => {
            let (caption, caption_lang) = text(&table.caption, lang);
            view! {
                // A wide table scrolls inside its own box, never the page (WCAG 1.4.10).
                <div class="table-scroll" tabindex="0" role="region" aria-label=caption.clone()>
                    <table class="table">
                        <caption lang=caption_lang>{caption.clone()}</caption>
                        <thead>
                            <tr>
                                {table.head.iter().map(|h| {
                                    let (s, l) = text(h, lang);
                                    view! { <th scope="col" lang=l>{s}</th> }
                                }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {table.rows.iter().map(|row| view! {
                                <tr>
                                    {row.iter().enumerate().map(|(i, cell)| {
                                        let (s, l) = text(cell, lang);
                                        if i == 0 {
                                            view! { <th scope="row" lang=l>{s}</th> }.into_any()
                                        } else {
                                            view! { <td lang=l>{s}</td> }.into_any()
                                        }
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
}
