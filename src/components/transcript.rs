//! An interview's transcript: one numbered question after another, each with a heading
//! (so a screen-reader user can jump from question to question with H) and its turns as a
//! description list whose term is who speaks ("Asked by 主持人", "Answered by 王磊, 处长")
//! and whose definition is what they said. A reader who skips the terms still hears each
//! speaker before their words, and names written in Chinese carry `lang="zh-CN"` on an
//! English page so they are read with a Chinese voice.

use crate::i18n::lang_attr;
use crate::t;
use leptos::prelude::*;
use portal_model::interview::{Exchange, Guest};
use portal_model::{Lang, Text};

fn text(value: &Text, lang: Lang) -> impl IntoView {
    let shown = value.get(lang);
    view! { <span lang=lang_attr(shown.lang, lang)>{shown.text.to_string()}</span> }
}

#[component]
pub fn Transcript(transcript: Vec<Exchange>, guests: Vec<Guest>, lang: Lang) -> impl IntoView {
    let l = lang;
    let exchanges = transcript
        .into_iter()
        .enumerate()
        .map(|(i, exchange)| {
            let n = i + 1;
            let answers = exchange
                .answers
                .iter()
                .map(|answer| {
                    // `content check` makes sure every answer names a guest; an unknown one
                    // is still shown, by its id, rather than dropped.
                    let speaker = match guests.iter().find(|g| g.id == answer.guest) {
                        Some(g) => view! { {text(&g.name, l)}" "<span class="transcript__role">{text(&g.role, l)}</span> }.into_any(),
                        None => view! { <span>{answer.guest.clone()}</span> }.into_any(),
                    };
                    let said = answer.text.get(l);
                    view! {
                        <div class="transcript__turn transcript__turn--answer">
                            <dt><span class="transcript__label">{t!(l, "transcript-answered-by")}</span>" "{speaker}</dt>
                            <dd lang=lang_attr(said.lang, l)>{said.text.to_string()}</dd>
                        </div>
                    }
                })
                .collect_view();
            let question = exchange.question.get(l);
            view! {
                <li class="transcript__exchange">
                    <h3 class="transcript__number" id=format!("question-{n}")>{t!(l, "transcript-question-number", n = n)}</h3>
                    <dl class="transcript__turns">
                        <div class="transcript__turn transcript__turn--question">
                            <dt><span class="transcript__label">{t!(l, "transcript-asked-by")}</span>" "{text(&exchange.asker, l)}</dt>
                            <dd lang=lang_attr(question.lang, l)>{question.text.to_string()}</dd>
                        </div>
                        {answers}
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="transcript">{exchanges}</ol> }
}
