package com.pilotstatus.embed.chat.i18n;

import com.pilotstatus.embed.i18n.EmbedLocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every user-visible string of the chat iframe, in each {@link EmbedLocale}. Templates ask for a key; a key missing in
 * a locale is a bug caught by {@code TextsTest}, and {@link #get} fails loudly rather than show a blank.
 */
public final class Texts {

  private static final Map<EmbedLocale, Map<String, String>> ALL = new EnumMap<>(EmbedLocale.class);

  static {
    define("app.title", "Inbox", "Caixa de entrada", "Bandeja de entrada");
    define("conversations", "Conversations", "Conversas", "Conversaciones");
    define("search", "Search conversations and messages", "Buscar conversas e mensagens",
        "Buscar conversaciones y mensajes");
    define("hits.heading", "Messages", "Mensagens", "Mensajes");
    define("hits.open", "Open the conversation with {0} at this message",
        "Abrir a conversa com {0} nesta mensagem", "Abrir la conversación con {0} en este mensaje");
    define("numberFilter", "WhatsApp number", "Número do WhatsApp", "Número de WhatsApp");
    define("allNumbers", "All numbers of this inbox", "Todos os números desta caixa",
        "Todos los números de esta bandeja");
    define("numberFilterHint", "This inbox shows the WhatsApp numbers the app gave it (at most 50 per session).",
        "Esta caixa mostra os números do WhatsApp que o app liberou para ela (até 50 por sessão).",
        "Esta bandeja muestra los números de WhatsApp que la app le asignó (hasta 50 por sesión).");
    define("empty.title", "No conversations yet", "Nenhuma conversa ainda", "Aún no hay conversaciones");
    define("empty.body", "New WhatsApp conversations will appear here.",
        "As novas conversas do WhatsApp aparecerão aqui.", "Las nuevas conversaciones de WhatsApp aparecerán aquí.");
    define("noMatches", "No conversations match your search.", "Nenhuma conversa corresponde à sua busca.",
        "Ninguna conversación coincide con tu búsqueda.");
    define("loadMore", "Load more conversations", "Carregar mais conversas", "Cargar más conversaciones");
    define("select", "Select a conversation to read and reply.", "Selecione uma conversa para ler e responder.",
        "Selecciona una conversación para leer y responder.");
    define("back", "Back to conversations", "Voltar para as conversas", "Volver a las conversaciones");
    define("messages", "Messages", "Mensagens", "Mensajes");
    define("loadOlder", "Load older messages", "Carregar mensagens anteriores", "Cargar mensajes anteriores");
    define("loadNewer", "Load newer messages", "Carregar mensagens mais recentes", "Cargar mensajes más recientes");
    define("noMessages", "No messages yet.", "Nenhuma mensagem ainda.", "Aún no hay mensajes.");
    define("unreadDivider.one", "1 unread message", "1 mensagem não lida", "1 mensaje no leído");
    define("unreadDivider.other", "{count} unread messages", "{count} mensagens não lidas",
        "{count} mensajes no leídos");
    define("jumpToLatest", "Jump to the latest messages", "Ir para as mensagens mais recentes",
        "Ir a los mensajes más recientes");
    define("composer", "Type a message", "Digite uma mensagem", "Escribe un mensaje");
    define("composerHint", "Enter sends · Shift+Enter adds a line", "Enter envia · Shift+Enter nova linha",
        "Enter envía · Shift+Enter nueva línea");
    define("send", "Send message", "Enviar mensagem", "Enviar mensaje");
    define("you", "You:", "Você:", "Tú:");
    define("unread", "unread messages", "mensagens não lidas", "mensajes no leídos");
    define("status.received", "Received", "Recebida", "Recibido");
    define("status.pending", "Sending…", "Enviando…", "Enviando…");
    define("status.sent", "Sent", "Enviada", "Enviado");
    define("status.delivered", "Delivered", "Entregue", "Entregado");
    define("status.read", "Read", "Lida", "Leído");
    define("status.failed", "Not sent", "Não enviada", "No enviado");
    define("retry", "Retry", "Tentar de novo", "Reintentar");
    define("discard", "Delete", "Apagar", "Eliminar");
    define("discard.label", "Delete this unsent message", "Apagar esta mensagem não enviada",
        "Eliminar este mensaje no enviado");
    define("status.queued", "Waiting for connection", "Aguardando conexão", "Esperando conexión");
    define("offline.banner", "You're offline. What you send now goes out when the connection is back.",
        "Você está sem conexão. O que você enviar agora sai quando a conexão voltar.",
        "Estás sin conexión. Lo que envíes ahora saldrá cuando vuelva la conexión.");
    define("today", "Today", "Hoje", "Hoy");
    define("yesterday", "Yesterday", "Ontem", "Ayer");
    define("loading", "Loading…", "Carregando…", "Cargando…");
    define("error.ORIGIN_NOT_ALLOWED.title", "This inbox can't be shown on this site",
        "Esta caixa de entrada não pode ser exibida neste site", "Esta bandeja no se puede mostrar en este sitio");
    define("error.ORIGIN_NOT_ALLOWED.body",
        "The site embedding the inbox is not among the session's allowed origins.",
        "O site que incorpora a caixa de entrada não está entre as origens permitidas da sessão.",
        "El sitio que inserta la bandeja no está entre los orígenes permitidos de la sesión.");
    define("error.TOKEN_INVALID.title", "This session is not valid", "Esta sessão não é válida",
        "Esta sesión no es válida");
    define("error.TOKEN_INVALID.body", "The inbox could not verify its access. Reload the page to start again.",
        "A caixa de entrada não conseguiu verificar o acesso. Recarregue a página para começar de novo.",
        "La bandeja no pudo verificar el acceso. Recarga la página para empezar de nuevo.");
    define("error.NETWORK.title", "Can't reach the inbox right now", "Não foi possível carregar a caixa de entrada",
        "No se puede cargar la bandeja ahora");
    define("error.NETWORK.body", "Check your connection and try again.", "Verifique sua conexão e tente de novo.",
        "Comprueba tu conexión e inténtalo de nuevo.");
    define("error.PROTOCOL_MISMATCH.title", "This inbox needs an update of the site",
        "Esta caixa de entrada precisa de uma atualização do site", "Esta bandeja necesita una actualización del sitio");
    define("error.PROTOCOL_MISMATCH.body",
        "The site uses a version of the Pilot Status script that this inbox no longer understands. Its developers "
            + "need to load the current version.",
        "O site usa uma versão do script da Pilot Status que esta caixa de entrada não entende mais. Os "
            + "desenvolvedores precisam carregar a versão atual.",
        "El sitio usa una versión del script de Pilot Status que esta bandeja ya no entiende. Sus desarrolladores "
            + "deben cargar la versión actual.");
    define("tryAgain", "Try again", "Tentar novamente", "Intentar de nuevo");
    define("expired.title", "Your session has ended", "Sua sessão terminou", "Tu sesión ha terminado");
    define("expired.body", "For your security the inbox stopped. Reload the page to continue.",
        "Por segurança, a caixa de entrada parou. Recarregue a página para continuar.",
        "Por seguridad, la bandeja se detuvo. Recarga la página para continuar.");
    define("notFound.title", "Conversation not found", "Conversa não encontrada", "Conversación no encontrada");
    define("notFound.body", "It may have been removed, or it belongs to a number this session can't see.",
        "Ela pode ter sido removida ou pertence a um número que esta sessão não vê.",
        "Puede haberse eliminado o pertenece a un número que esta sesión no ve.");
    define("badParent.title", "This inbox can't be shown here", "Esta caixa de entrada não pode ser exibida aqui",
        "Esta bandeja no se puede mostrar aquí");
    define("badParent.body", "The page embedding it did not say which site it is (parentOrigin).",
        "A página que a incorpora não informou qual site ela é (parentOrigin).",
        "La página que la inserta no indicó qué sitio es (parentOrigin).");
    // The 24-hour customer service window and templates (issue 18). {0}, {1}: see format().
    define("window.closedTitle", "The 24-hour reply window is closed", "A janela de 24 horas para respostas fechou",
        "La ventana de 24 horas para responder se cerró");
    define("window.closedBody",
        "It closed {1}, 24 hours after {0}'s last message. WhatsApp allows only approved templates until {0} writes again.",
        "Ela fechou {1}, 24 horas após a última mensagem de {0}. O WhatsApp só permite modelos aprovados até {0} escrever de novo.",
        "Se cerró {1}, 24 horas después del último mensaje de {0}. WhatsApp solo permite plantillas aprobadas hasta que {0} vuelva a escribir.");
    define("window.neverBody",
        "{0} has not written to this number yet. WhatsApp allows only approved templates until they do.",
        "{0} ainda não escreveu para este número. O WhatsApp só permite modelos aprovados até que escreva.",
        "{0} aún no ha escrito a este número. WhatsApp solo permite plantillas aprobadas hasta que escriba.");
    define("window.refused", "Your message was not sent because the 24-hour window closed. Send a template instead.",
        "Sua mensagem não foi enviada porque a janela de 24 horas fechou. Envie um modelo.",
        "Tu mensaje no se envió porque la ventana de 24 horas se cerró. Envía una plantilla.");
    define("moment.dayAt", "{0} at {1}", "{0} às {1}", "{0} a las {1}");
    define("reply", "Reply", "Responder", "Responder");
    define("reply.to", "Reply to {0}", "Responder a {0}", "Responder a {0}");
    define("reply.preview", "Replying to this message", "Respondendo a esta mensagem", "Respondiendo a este mensaje");
    define("reply.cancel", "Cancel reply", "Cancelar resposta", "Cancelar respuesta");
    define("quote.you", "You", "Você", "Tú");
    define("quote.contact", "Contact", "Contato", "Contacto");
    define("template.tag", "Template", "Modelo", "Plantilla");
    define("template.tagTitle", "Sent from the template {0}", "Enviada com o modelo {0}", "Enviado con la plantilla {0}");
    define("react", "React", "Reagir", "Reaccionar");
    define("react.menu", "Choose a reaction", "Escolha uma reação", "Elige una reacción");
    define("reaction.by", "{0} reacted {1}", "{0} reagiu {1}", "{0} reaccionó {1}");
    define("reaction.remove", "Your reaction {0}: remove it", "Sua reação {0}: remover", "Tu reacción {0}: quitarla");
    define("note.tag", "Internal note", "Nota interna", "Nota interna");
    define("note.toggle", "Internal note (only your team sees it)", "Nota interna (só sua equipe vê)",
        "Nota interna (solo tu equipo la ve)");
    define("note.placeholder", "Write an internal note", "Escreva uma nota interna", "Escribe una nota interna");
    define("note.hint", "Internal note: never sent to the contact", "Nota interna: nunca é enviada ao contato",
        "Nota interna: nunca se envía al contacto");
    define("note.closedHint", "The reply window is closed, but you can still write an internal note: it is never sent to the contact",
        "A janela de resposta está fechada, mas você ainda pode escrever uma nota interna: ela nunca é enviada ao contato",
        "La ventana de respuesta está cerrada, pero aún puedes escribir una nota interna: nunca se envía al contacto");
    define("note.add", "Add internal note", "Adicionar nota interna", "Añadir nota interna");
    define("reaction.refused", "Your reaction was not sent because the 24-hour window closed: on WhatsApp a reaction is a message to the contact.",
        "Sua reação não foi enviada porque a janela de 24 horas fechou: no WhatsApp uma reação é uma mensagem ao contato.",
        "Tu reacción no se envió porque la ventana de 24 horas se cerró: en WhatsApp una reacción es un mensaje al contacto.");
    define("quickReplies", "Quick replies", "Respostas rápidas", "Respuestas rápidas");
    define("quickReplies.hint", "Type / for quick replies.", "Digite / para respostas rápidas.",
        "Escribe / para respuestas rápidas.");
    define("quickReplies.empty", "No quick replies yet. Your team can save them through the Quick replies API; they appear here.",
        "Nenhuma resposta rápida ainda. Sua equipe pode salvá-las pela API de respostas rápidas; elas aparecem aqui.",
        "Aún no hay respuestas rápidas. Tu equipo puede guardarlas con la API de respuestas rápidas; aparecen aquí.");
    define("quickReplies.noMatch", "No quick reply matches. Keep typing to write your own message.",
        "Nenhuma resposta rápida corresponde. Continue digitando para escrever sua mensagem.",
        "Ninguna respuesta rápida coincide. Sigue escribiendo para redactar tu mensaje.");
    define("status.internal", "Internal note", "Nota interna", "Nota interna");
    define("status.resolvedTag", "Resolved", "Resolvida", "Resuelta");
    define("status.resolve", "Resolve", "Resolver", "Resolver");
    define("status.reopen", "Reopen", "Reabrir", "Reabrir");
    define("statusFilter", "Conversation status", "Status da conversa", "Estado de la conversación");
    define("statusFilter.all", "All", "Todas", "Todas");
    define("statusFilter.open", "Open", "Abertas", "Abiertas");
    define("statusFilter.resolved", "Resolved", "Resolvidas", "Resueltas");
    define("media.image", "Photo", "Foto", "Foto");
    define("media.document", "Document", "Documento", "Documento");
    define("media.audio", "Audio", "Áudio", "Audio");
    define("media.voice", "Voice message", "Mensagem de voz", "Mensaje de voz");
    define("media.video", "Video", "Vídeo", "Video");
    define("media.sticker", "Sticker", "Figurinha", "Sticker");
    define("media.location", "Location", "Localização", "Ubicación");
    define("media.openImage", "Open the photo full size", "Abrir a foto em tamanho real",
        "Abrir la foto en tamaño completo");
    define("media.viewer", "Photo, full size", "Foto em tamanho real", "Foto en tamaño completo");
    define("media.closePhoto", "Close the photo", "Fechar a foto", "Cerrar la foto");
    define("media.download", "Download {0}", "Baixar {0}", "Descargar {0}");
    define("media.openMap", "Open in the map (new tab)", "Abrir no mapa (nova aba)", "Abrir en el mapa (nueva pestaña)");
    define("media.attach", "Attach a photo or document", "Anexar foto ou documento", "Adjuntar foto o documento");
    define("media.limits", "Photos: JPEG, PNG or WebP up to 5 MB. Documents: PDF, TXT, CSV, Word, Excel or PowerPoint up"
        + " to 16 MB. You can also drop or paste a file.",
        "Fotos: JPEG, PNG ou WebP até 5 MB. Documentos: PDF, TXT, CSV, Word, Excel ou PowerPoint até 16 MB. Você também"
        + " pode soltar ou colar um arquivo.",
        "Fotos: JPEG, PNG o WebP hasta 5 MB. Documentos: PDF, TXT, CSV, Word, Excel o PowerPoint hasta 16 MB. También"
        + " puedes soltar o pegar un archivo.");
    define("media.tooLarge", "“{0}” is too large: photos up to 5 MB, documents up to 16 MB.",
        "“{0}” é grande demais: fotos até 5 MB, documentos até 16 MB.",
        "“{0}” es demasiado grande: fotos hasta 5 MB, documentos hasta 16 MB.");
    define("media.badType", "“{0}” can't be sent: send a photo (JPEG, PNG, WebP) or a document (PDF, TXT, CSV, Word,"
        + " Excel, PowerPoint).",
        "Não é possível enviar “{0}”: envie uma foto (JPEG, PNG, WebP) ou um documento (PDF, TXT, CSV, Word, Excel,"
        + " PowerPoint).",
        "No se puede enviar “{0}”: envía una foto (JPEG, PNG, WebP) o un documento (PDF, TXT, CSV, Word, Excel,"
        + " PowerPoint).");
    define("media.refusedTooLarge", "Not sent: this file is over the limit (photos up to 5 MB, documents up to 16 MB).",
        "Não enviado: este arquivo passa do limite (fotos até 5 MB, documentos até 16 MB).",
        "No enviado: este archivo supera el límite (fotos hasta 5 MB, documentos hasta 16 MB).");
    define("media.refusedType", "Not sent: this file type can't be sent (photos: JPEG, PNG, WebP; documents: PDF, TXT,"
        + " CSV, Word, Excel, PowerPoint).",
        "Não enviado: este tipo de arquivo não pode ser enviado (fotos: JPEG, PNG, WebP; documentos: PDF, TXT, CSV,"
        + " Word, Excel, PowerPoint).",
        "No enviado: este tipo de archivo no se puede enviar (fotos: JPEG, PNG, WebP; documentos: PDF, TXT, CSV, Word,"
        + " Excel, PowerPoint).");
    define("media.noSubscription", "Not sent: this number's plan doesn't include photos and documents. Ask your"
        + " administrator to upgrade it.",
        "Não enviado: o plano deste número não inclui fotos e documentos. Peça ao administrador para atualizá-lo.",
        "No enviado: el plan de este número no incluye fotos ni documentos. Pide a tu administrador que lo amplíe.");
    define("media.attached", "File to send", "Arquivo a enviar", "Archivo para enviar");
    define("media.remove", "Remove the file", "Remover o arquivo", "Quitar el archivo");
    define("media.uploading", "Uploading", "Enviando arquivo", "Subiendo archivo");
    define("media.discard", "Discard", "Descartar", "Descartar");
    define("media.dropHere", "Drop the file to attach it", "Solte o arquivo para anexar", "Suelta el archivo para adjuntarlo");
    define("decimalSeparator", ".", ",", ",");
    define("quote.goTo", "Go to the quoted message", "Ir para a mensagem citada", "Ir al mensaje citado");
    define("templates.open", "Choose a template", "Escolher um modelo", "Elegir una plantilla");
    define("templates.title", "Send a template", "Enviar um modelo", "Enviar una plantilla");
    define("templates.close", "Close templates", "Fechar modelos", "Cerrar plantillas");
    define("templates.search", "Search by name", "Buscar pelo nome", "Buscar por nombre");
    define("templates.language", "Language", "Idioma", "Idioma");
    define("templates.allLanguages", "All languages", "Todos os idiomas", "Todos los idiomas");
    define("templates.list", "Approved templates", "Modelos aprovados", "Plantillas aprobadas");
    define("templates.none", "This number has no approved templates yet.",
        "Este número ainda não tem modelos aprovados.", "Este número aún no tiene plantillas aprobadas.");
    define("templates.noMatches", "No templates match your search.", "Nenhum modelo corresponde à sua busca.",
        "Ninguna plantilla coincide con tu búsqueda.");
    define("templates.back", "Back to templates", "Voltar aos modelos", "Volver a las plantillas");
    define("templates.variables", "Fill in the variables", "Preencha as variáveis", "Completa las variables");
    define("templates.variable", "Variable {0}", "Variável {0}", "Variable {0}");
    define("templates.example", "e.g. {0}", "ex.: {0}", "p. ej.: {0}");
    define("templates.preview", "Preview", "Pré-visualização", "Vista previa");
    define("templates.send", "Send template", "Enviar modelo", "Enviar plantilla");
    define("templates.required", "Fill in this value.", "Preencha este valor.", "Completa este valor.");
    define("templates.tooLong", "Use at most {0} characters.", "Use no máximo {0} caracteres.",
        "Usa como máximo {0} caracteres.");
    define("templates.oneLine", "Use a single line, without tabs.", "Use uma única linha, sem tabulações.",
        "Usa una sola línea, sin tabulaciones.");
    define("templates.failed", "The template was not sent. Check the values and try again.",
        "O modelo não foi enviado. Confira os valores e tente de novo.",
        "La plantilla no se envió. Revisa los valores e inténtalo de nuevo.");
    define("templates.tag", "Template", "Modelo", "Plantilla");
  }

  private final EmbedLocale locale;
  private final Map<String, String> strings;

  private Texts(EmbedLocale locale) {
    this.locale = locale;
    this.strings = ALL.get(locale);
  }

  public static Texts of(EmbedLocale locale) {
    return new Texts(locale);
  }

  public EmbedLocale locale() {
    return locale;
  }

  /** {@code <html lang>}: {@code en-US}, {@code pt-BR}, {@code es-ES}. */
  public String lang() {
    return locale.languageTag();
  }

  /**
   * The string for {@code key} in this locale.
   *
   * @throws IllegalArgumentException for an unknown key: a template bug
   */
  public String get(String key) {
    String s = strings.get(key);
    if (s == null) {
      throw new IllegalArgumentException("no text \"" + key + "\" in " + locale.code() + "; add it to Texts");
    }
    return s;
  }

  /** The string for {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args} (no other formatting). */
  public String format(String key, String... args) {
    String s = get(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", args[i]);
    }
    return s;
  }

  /** The keys defined for {@code locale}: for the completeness test. */
  public static Set<String> keys(EmbedLocale locale) {
    return ALL.get(locale).keySet();
  }

  private static void define(String key, String en, String pt, String es) {
    ALL.computeIfAbsent(EmbedLocale.EN, l -> new HashMap<>()).put(key, en);
    ALL.computeIfAbsent(EmbedLocale.PT, l -> new HashMap<>()).put(key, pt);
    ALL.computeIfAbsent(EmbedLocale.ES, l -> new HashMap<>()).put(key, es);
  }
}
