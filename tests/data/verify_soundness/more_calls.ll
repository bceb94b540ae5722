;; pair: a memory(none) willreturn nounwind call hoisted out of a branch (not speculatable: may have UB for this argument)
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
entry:
  %c = icmp ne i32 %x, 0
  br i1 %c, label %t, label %e
t:
  %r = call i32 @g(i32 %x)
  ret i32 %r
e:
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  %c = icmp ne i32 %x, 0
  %s = select i1 %c, i32 %r, i32 0
  ret i32 %s
}

;; pair: a speculatable memory(none) call hoisted out of a branch
;; expect: right
;; source
declare i32 @g(i32) memory(none) willreturn nounwind speculatable
define i32 @f(i32 %x) {
entry:
  %c = icmp ne i32 %x, 0
  br i1 %c, label %t, label %e
t:
  %r = call i32 @g(i32 %x)
  ret i32 %r
e:
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind speculatable
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  %c = icmp ne i32 %x, 0
  %s = select i1 %c, i32 %r, i32 0
  ret i32 %s
}

;; pair: a memory(none) call whose result is unused, no willreturn: removal wrong (may loop)
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: two calls to a memory(none) function with the same argument merged (deterministic)
;; expect: right
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %x)
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  ret i32 0
}

;; pair: two calls to a memory(none) function with different arguments merged
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %y = add i32 %x, 1
  %b = call i32 @g(i32 %y)
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  ret i32 0
}

;; pair: memory(none) call with a pointer argument: the result may depend on the address only, merged across a store to it
;; expect: right
;; source
declare i32 @g(ptr) memory(none) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g(ptr %p)
  store i32 1, ptr %p, align 4
  %b = call i32 @g(ptr %p)
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @g(ptr) memory(none) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g(ptr %p)
  store i32 1, ptr %p, align 4
  ret i32 0
}

;; pair: memory(read) call merged across a store to the pointer it reads
;; expect: wrong
;; source
declare i32 @g(ptr) memory(read) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g(ptr %p)
  store i32 1, ptr %p, align 4
  %b = call i32 @g(ptr %p)
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @g(ptr) memory(read) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g(ptr %p)
  store i32 1, ptr %p, align 4
  ret i32 0
}

;; pair: memory(argmem: read) call: a global's load forwarded across it (may not write at all)
;; expect: right
;; source
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr @x, align 4
  %a = call i32 @g(ptr %p)
  %v = load i32, ptr @x, align 4
  %s = add i32 %a, %v
  ret i32 %s
}
;; target
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr @x, align 4
  %a = call i32 @g(ptr %p)
  %s = add i32 %a, 5
  ret i32 %s
}

;; pair: memory(argmem: readwrite) call with p: a global's stored value forwarded across it (p may point to the global)
;; expect: wrong
;; source
@x = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr @x, align 4
  call void @g(ptr %p)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr @x, align 4
  call void @g(ptr %p)
  ret i32 5
}

;; pair: memory(argmem: readwrite) call with @y: @x's stored value forwarded across it
;; expect: right
;; source
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(ptr @y)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(ptr @y)
  ret i32 5
}

;; pair: memory(argmem: readwrite) call with @y+4 (one past): @x's value forwarded (argmem is @y's object only)
;; expect: right
;; source
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  %e = getelementptr i8, ptr @y, i64 4
  call void @g(ptr %e)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  %e = getelementptr i8, ptr @y, i64 4
  call void @g(ptr %e)
  ret i32 5
}

;; pair: writeonly parameter: a value stored before the call is not forwarded after it
;; expect: wrong
;; source
declare void @g(ptr writeonly) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr %p)
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
declare void @g(ptr writeonly) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr %p)
  ret i32 5
}

;; pair: memory(argmem: write) with writeonly: store before the call is dead? no, the callee may write only part
;; expect: wrong
;; source
declare void @g(ptr writeonly) memory(argmem: write) willreturn nounwind
define void @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr writeonly) memory(argmem: write) willreturn nounwind
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}

;; pair: memory(argmem: read) call: a store to a global moved before the call (p may point to the global)
;; expect: wrong
;; source
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g(ptr %p)
  store i32 1, ptr @x, align 4
  ret i32 %a
}
;; target
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f(ptr %p) {
  store i32 1, ptr @x, align 4
  %a = call i32 @g(ptr %p)
  ret i32 %a
}

;; pair: memory(argmem: read) call moved before a store to the global it may read through p
;; expect: wrong
;; source
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f() {
  %a = call i32 @g(ptr @x)
  store i32 1, ptr @x, align 4
  ret i32 %a
}
;; target
@x = global i32 0, align 4
declare i32 @g(ptr) memory(argmem: read) willreturn nounwind
define i32 @f() {
  store i32 1, ptr @x, align 4
  %a = call i32 @g(ptr @x)
  ret i32 %a
}

;; pair: nocapture parameter: after the call, another external call may still write p's memory (caller's object)
;; expect: wrong
;; source
declare void @g(ptr nocapture)
declare void @h()
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr %p)
  call void @h()
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
declare void @g(ptr nocapture)
declare void @h()
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr %p)
  call void @h()
  ret i32 5
}

;; pair: byval argument without memory attributes: callee may write the caller's object through a global alias
;; expect: wrong
;; source
declare void @g(ptr byval(i32))
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr byval(i32) %p)
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
declare void @g(ptr byval(i32))
define i32 @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr byval(i32) %p)
  ret i32 5
}

;; pair: byval copies at the call: a store after the call is not seen by the callee, target moves the store before the call
;; expect: wrong
;; source
declare void @g(ptr byval(i32)) memory(argmem: read) willreturn nounwind
define void @f(ptr %p) {
  store i32 5, ptr %p, align 4
  call void @g(ptr byval(i32) %p)
  store i32 6, ptr %p, align 4
  ret void
}
;; target
declare void @g(ptr byval(i32)) memory(argmem: read) willreturn nounwind
define void @f(ptr %p) {
  store i32 6, ptr %p, align 4
  call void @g(ptr byval(i32) %p)
  ret void
}

;; pair: byval callee sees the value at the call: target passes @x holding the same value (but writes @x)
;; expect: wrong
;; source
@x = global i32 5, align 4
declare void @g(ptr byval(i32))
define void @f(ptr %p) {
  store i32 7, ptr %p, align 4
  call void @g(ptr byval(i32) %p)
  ret void
}
;; target
@x = global i32 5, align 4
declare void @g(ptr byval(i32))
define void @f(ptr %p) {
  store i32 7, ptr %p, align 4
  store i32 7, ptr @x, align 4
  call void @g(ptr byval(i32) @x)
  ret void
}

;; pair: noreturn callee followed by code: target drops the following store and returns
;; expect: right
;; source
declare void @die() noreturn
@x = global i32 0, align 4
define void @f() {
  call void @die()
  store i32 1, ptr @x, align 4
  ret void
}
;; target
declare void @die() noreturn
@x = global i32 0, align 4
define void @f() {
  call void @die()
  unreachable
}

;; pair: noreturn callee: the call itself removed (it is observable)
;; expect: wrong
;; source
declare void @die() noreturn
define void @f() {
  call void @die()
  unreachable
}
;; target
declare void @die() noreturn
define void @f() {
  unreachable
}

;; pair: a call site marked noreturn (callee not declared so) followed by a store, target drops the store
;; expect: right
;; source
declare void @h()
@x = global i32 0, align 4
define void @f() {
  call void @h() noreturn
  store i32 1, ptr @x, align 4
  ret void
}
;; target
declare void @h()
@x = global i32 0, align 4
define void @f() {
  call void @h() noreturn
  unreachable
}

;; pair: target marks a call to a function that returns as noreturn
;; expect: wrong
;; source
declare void @h()
@x = global i32 0, align 4
define void @f() {
  call void @h()
  store i32 1, ptr @x, align 4
  ret void
}
;; target
declare void @h()
@x = global i32 0, align 4
define void @f() {
  call void @h() noreturn
  store i32 1, ptr @x, align 4
  ret void
}

;; pair: target adds memory(none) to a call site of a function that may write memory
;; expect: wrong
;; source
declare i32 @h(ptr)
define i32 @f(ptr %p) {
  %r = call i32 @h(ptr %p)
  ret i32 %r
}
;; target
declare i32 @h(ptr)
define i32 @f(ptr %p) {
  %r = call i32 @h(ptr %p) memory(none)
  ret i32 %r
}

;; pair: target adds willreturn to a call site of a function that may not return
;; expect: wrong
;; source
declare void @h()
define void @f() {
  call void @h()
  ret void
}
;; target
declare void @h()
define void @f() {
  call void @h() willreturn
  ret void
}

;; pair: target adds readonly to a call site's pointer argument
;; expect: wrong
;; source
declare void @h(ptr)
define void @f(ptr %p) {
  call void @h(ptr %p)
  ret void
}
;; target
declare void @h(ptr)
define void @f(ptr %p) {
  call void @h(ptr readonly %p)
  ret void
}

;; pair: target adds returned to a call's argument and uses the argument for the result
;; expect: wrong
;; source
declare ptr @h(ptr)
define ptr @f(ptr %p) {
  %r = call ptr @h(ptr %p)
  ret ptr %r
}
;; target
declare ptr @h(ptr)
define ptr @f(ptr %p) {
  %r = call ptr @h(ptr returned %p)
  ret ptr %p
}

;; pair: the same external call made twice, target once (observable event count)
;; expect: wrong
;; source
declare void @h(i32)
define void @f() {
  call void @h(i32 1)
  call void @h(i32 1)
  ret void
}
;; target
declare void @h(i32)
define void @f() {
  call void @h(i32 1)
  ret void
}

;; pair: tail marker added to a call that receives no local pointers
;; expect: right
;; source
declare i32 @h(i32)
define i32 @f(i32 %x) {
  %r = call i32 @h(i32 %x)
  ret i32 %r
}
;; target
declare i32 @h(i32)
define i32 @f(i32 %x) {
  %r = tail call i32 @h(i32 %x)
  ret i32 %r
}

;; pair: musttail call to a function with the same signature, argument changed
;; expect: wrong
;; source
declare i32 @h(i32)
define i32 @f(i32 %x) {
  %r = musttail call i32 @h(i32 %x)
  ret i32 %r
}
;; target
declare i32 @h(i32)
define i32 @f(i32 %x) {
  %y = add i32 %x, 1
  %r = musttail call i32 @h(i32 %y)
  ret i32 %r
}

;; pair: varargs call: argument changed in the variadic part
;; expect: wrong
;; source
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %r = call i32 (i32, ...) @v(i32 1, i32 %x)
  ret i32 %r
}
;; target
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %r = call i32 (i32, ...) @v(i32 1, i32 0)
  ret i32 %r
}

;; pair: varargs call: the variadic argument's type changed (i32 -> i64, same value)
;; expect: wrong
;; source
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %r = call i32 (i32, ...) @v(i32 1, i32 %x)
  ret i32 %r
}
;; target
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %y = sext i32 %x to i64
  %r = call i32 (i32, ...) @v(i32 1, i64 %y)
  ret i32 %r
}

;; pair: varargs call: an extra variadic argument added
;; expect: wrong
;; source
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %r = call i32 (i32, ...) @v(i32 1, i32 %x)
  ret i32 %r
}
;; target
declare i32 @v(i32, ...)
define i32 @f(i32 %x) {
  %r = call i32 (i32, ...) @v(i32 1, i32 %x, i32 0)
  ret i32 %r
}

;; pair: call through a function pointer held in a constant global replaced by a direct call
;; expect: right
;; source
declare i32 @h(i32)
@fp = constant ptr @h, align 8
define i32 @f(i32 %x) {
  %p = load ptr, ptr @fp, align 8
  %r = call i32 %p(i32 %x)
  ret i32 %r
}
;; target
declare i32 @h(i32)
@fp = constant ptr @h, align 8
define i32 @f(i32 %x) {
  %r = call i32 @h(i32 %x)
  ret i32 %r
}

;; pair: call through a function pointer held in a non-constant global replaced by a direct call
;; expect: wrong
;; source
declare i32 @h(i32)
@fp = global ptr @h, align 8
define i32 @f(i32 %x) {
  %p = load ptr, ptr @fp, align 8
  %r = call i32 %p(i32 %x)
  ret i32 %r
}
;; target
declare i32 @h(i32)
@fp = global ptr @h, align 8
define i32 @f(i32 %x) {
  %r = call i32 @h(i32 %x)
  ret i32 %r
}

;; pair: self-recursion: target replaces the recursive call by its result for x==0 path only
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %z, label %r
z:
  ret i32 0
r:
  %y = add i32 %x, -1
  %v = call i32 @f(i32 %y)
  %w = add i32 %v, 2
  ret i32 %w
}
;; target
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %z, label %r
z:
  ret i32 0
r:
  %y = add i32 %x, -1
  %v = call i32 @f(i32 %y)
  %w = add i32 %v, 1
  ret i32 %w
}

;; pair: self-recursion unchanged but an instruction simplified
;; expect: right
;; source
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %z, label %r
z:
  ret i32 0
r:
  %y = add i32 %x, -1
  %v = call i32 @f(i32 %y)
  %w = add i32 %v, 1
  ret i32 %w
}
;; target
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %z, label %r
z:
  ret i32 0
r:
  %y = sub i32 %x, 1
  %v = call i32 @f(i32 %y)
  %w = add i32 %v, 1
  ret i32 %w
}

;; pair: self-recursion: target calls itself with a different argument
;; expect: wrong
;; source
declare void @h(i32)
define void @f(i32 %x) {
entry:
  call void @h(i32 %x)
  %c = icmp ugt i32 %x, 3
  br i1 %c, label %z, label %r
z:
  ret void
r:
  %y = add i32 %x, 1
  call void @f(i32 %y)
  ret void
}
;; target
declare void @h(i32)
define void @f(i32 %x) {
entry:
  call void @h(i32 %x)
  %c = icmp ugt i32 %x, 3
  br i1 %c, label %z, label %r
z:
  ret void
r:
  %y = add i32 %x, 2
  call void @f(i32 %y)
  ret void
}
