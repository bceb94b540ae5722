; Memory refinement (LangRef "Undefined Values", "freeze"; Alive2's refinement): the source makes one choice per
; execution, and that one choice must account for every byte of memory the target leaves. Checking each byte with
; its own source choice would accept a target whose bytes no single source execution produces.

;; pair: frozen byte stored twice, target stores two different bytes
;; expect: wrong
;; source
define void @f(ptr %p) {
  %x = freeze i8 undef
  store i8 %x, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 %x, ptr %q
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 0, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 1, ptr %q
  ret void
}

;; pair: frozen byte stored twice, target stores one constant twice
;; expect: right
;; source
define void @f(ptr %p) {
  %x = freeze i8 undef
  store i8 %x, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 %x, ptr %q
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 7, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 7, ptr %q
  ret void
}

;; pair: frozen value stored and returned, target returns another constant than it stores
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %x = freeze i8 undef
  store i8 %x, ptr %p
  ret i8 %x
}
;; target
define i8 @f(ptr %p) {
  store i8 3, ptr %p
  ret i8 4
}

;; pair: frozen value stored and returned, target returns what it stores
;; expect: right
;; source
define i8 @f(ptr %p) {
  %x = freeze i8 undef
  store i8 %x, ptr %p
  ret i8 %x
}
;; target
define i8 @f(ptr %p) {
  store i8 3, ptr %p
  ret i8 3
}
