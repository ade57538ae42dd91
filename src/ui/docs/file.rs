//! Files on the person's device: saving text as a download, reading a chosen file. The size is
//! checked before a byte is read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file named `name` (the browser's usual download).
pub fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = leptos::prelude::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub enum ReadFile {
    Bytes(Vec<u8>),
    /// Larger than the limit: not read at all.
    TooLarge(usize),
    Failed,
}

/// Reads the file chosen in an `<input type="file">`, refusing one over `max` bytes unread.
pub async fn read_chosen(input: &web_sys::HtmlInputElement, max: usize) -> Option<ReadFile> {
    let file = input.files()?.get(0)?;
    let size = file.size() as usize;
    if size > max {
        return Some(ReadFile::TooLarge(size));
    }
    let Ok(buffer) = JsFuture::from(file.array_buffer()).await else { return Some(ReadFile::Failed) };
    Some(ReadFile::Bytes(js_sys::Uint8Array::new(&buffer).to_vec()))
}
