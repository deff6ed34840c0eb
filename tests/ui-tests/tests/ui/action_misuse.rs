use graph_entity::GraphEntity;

// An action body has parameters, no type: no `odata_type`, no patch options, no entity-only field
// attributes; `action` implies `omit_none`; two names that differ only in case are one parameter.
#[derive(GraphEntity)]
#[graph(action = "microsoft.graph.sendMail", odata_type = "microsoft.graph.user", omit_none)]
struct SendMailBody {
    #[graph(key)]
    id: Option<String>,
    #[graph(bind = "manager")]
    manager_bind: Option<String>,
    save_to_sent_items: Option<bool>,
    #[graph(rename = "SaveToSentItems")]
    save_again: Option<bool>,
}

#[derive(GraphEntity)]
#[graph(action = "sendMail", patch = "SendMailPatch")]
struct UnqualifiedBody {
    comment: Option<String>,
}

fn main() {}
